extension ScheduleMetrics {
    /// A mission's outcome.
    public struct MissionOutcome: Codable, Sendable, Hashable {
        /// The mission's name.
        public var name: String
        /// Tracking time it received, seconds.
        public var servedSeconds: Double
        /// Time its requests want, seconds.
        public var wantedSeconds: Double
        /// `1 − served / wanted` (served counted up to each request's want).
        public var unsatisfied: Double
    }
}
