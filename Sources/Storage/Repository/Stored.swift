import Consortium
import Orbits

/// A record as stored: the value with its version and timestamps.
public struct Stored<E: Entity>: Sendable, Hashable {
    /// The record.
    public var value: E
    /// Incremented by each update, starting at 1; the `ETag` of the API.
    public var version: Int
    /// When the record was created (UTC).
    public var createdAt: Instant
    /// When it last changed (UTC).
    public var updatedAt: Instant

    /// Creates a stored record.
    public init(value: E, version: Int, createdAt: Instant, updatedAt: Instant) {
        self.value = value
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
