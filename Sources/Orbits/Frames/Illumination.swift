/// How much of the Sun a satellite sees, in the conical Earth-shadow model of
/// ``EarthShadow/illumination(position:sunPosition:)``.
public enum Illumination: Sendable, Hashable {
    /// The whole solar disc is visible.
    case sunlit
    /// Partial eclipse: the Earth covers part of the solar disc.
    case penumbra
    /// Total eclipse: the Earth covers the whole solar disc.
    case umbra
}
