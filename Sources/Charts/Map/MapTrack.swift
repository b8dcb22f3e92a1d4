/// A spacecraft's ground track on the world map, drawn as a line in its partner's colour
/// with a marker at the first sample (the spacecraft's position at the map's instant).
public struct MapTrack: Sendable, Hashable {
    /// Display name of the spacecraft.
    public var name: String
    /// The owning partner's palette index.
    public var partner: Int
    /// The track (e.g. ``GroundTrack/init(propagator:from:durationMinutes:stepSeconds:ut1MinusUTC:)``).
    public var track: GroundTrack

    /// Creates a track to draw.
    public init(name: String, partner: Int, track: GroundTrack) {
        self.name = name
        self.partner = partner
        self.track = track
    }
}
