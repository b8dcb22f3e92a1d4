import Orbits

extension Station {
    /// A span of time in which a station is explicitly available, in maintenance, or reserved by
    /// its owner. Outside any window the station is available.
    public struct AvailabilityWindow: Codable, Sendable, Hashable {
        /// What the window means for scheduling.
        public enum State: String, Codable, Sendable, Hashable, CaseIterable {
            /// Offered to the pool (e.g. the only hours a shared antenna is offered).
            case available
            /// Down for maintenance: nothing may be scheduled.
            case maintenance
            /// Kept by the owner for its own use.
            case reserved
        }

        /// The first instant of the window (UTC).
        public var start: Instant
        /// The end of the window (UTC, exclusive).
        public var end: Instant
        /// What the window means.
        public var state: State
        /// Why, e.g. `Antenna 1 feed replacement`.
        public var note: String?

        /// Creates a window.
        public init(start: Instant, end: Instant, state: State, note: String? = nil) {
            self.start = start
            self.end = end
            self.state = state
            self.note = note
        }

        func validate(field: String) throws(DomainError) {
            guard start < end else {
                throw DomainError(.dateOrder, field: "\(field).end", detail: "the window ends before it starts")
            }
            guard end.days(since: start) <= 3660 else {
                throw DomainError(.outOfRange, field: "\(field).end", detail: "a window lasts at most ten years")
            }
            try TextRules.requireLength(note ?? "", field: "\(field).note", maximum: 1000)
        }
    }
}
