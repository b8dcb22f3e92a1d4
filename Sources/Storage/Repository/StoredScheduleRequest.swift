import Consortium
import GroundNetwork
import Orbits

/// A schedule request as stored: the request, who submitted it and when.
public struct StoredScheduleRequest: Sendable, Hashable {
    /// The request.
    public var request: ScheduleRequest
    /// The user who submitted it.
    public var createdBy: User.ID
    /// When (UTC).
    public var createdAt: Instant

    /// Creates a stored request.
    public init(request: ScheduleRequest, createdBy: User.ID, createdAt: Instant) {
        self.request = request
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
