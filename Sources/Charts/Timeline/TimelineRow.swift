/// One row of a ``Timeline``: an antenna.
public struct TimelineRow: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// Display name shown at the row's left.
    public var name: String

    /// Creates a row.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
