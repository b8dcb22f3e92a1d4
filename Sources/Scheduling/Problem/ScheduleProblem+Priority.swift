extension ScheduleProblem {
    /// How urgent a request is. The solver maximises contact time weighted by priority, so
    /// that one second of a critical contact outweighs ten routine ones and one second of an
    /// emergency contact a hundred.
    public enum Priority: String, Codable, Sendable, Hashable, CaseIterable {
        /// Normal operations.
        case routine
        /// Mission-critical events (launch and early orbit, manoeuvres).
        case critical
        /// Spacecraft emergencies.
        case emergency

        /// The weight of one second of this priority's contact time in the solver's objective.
        public var weight: Double {
            switch self {
            case .routine: 1
            case .critical: 10
            case .emergency: 100
            }
        }
    }
}
