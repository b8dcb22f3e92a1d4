/// A ground station on the world map: a marker, its name, and optionally its visibility circle.
public struct MapStation: Sendable, Hashable {
    /// Stable identifier (used in element ids).
    public var id: String
    /// Display name (shown as given, escaped).
    public var name: String
    /// Position, degrees.
    public var location: GeoPoint
    /// The owning partner's palette index, colouring the marker and circle; `nil` for neutral.
    public var partner: Int?

    /// Creates a station marker.
    public init(id: String, name: String, location: GeoPoint, partner: Int? = nil) {
        self.id = id
        self.name = name
        self.location = location
        self.partner = partner
    }
}
