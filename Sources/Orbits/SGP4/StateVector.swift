/// A position and velocity, km and km/s, in the frame the producer names (TEME for SGP4).
public struct StateVector: Sendable, Hashable {
    /// Position, km.
    public var position: SIMD3<Double>
    /// Velocity, km/s.
    public var velocity: SIMD3<Double>

    @inlinable
    public init(position: SIMD3<Double>, velocity: SIMD3<Double>) {
        self.position = position
        self.velocity = velocity
    }
}
