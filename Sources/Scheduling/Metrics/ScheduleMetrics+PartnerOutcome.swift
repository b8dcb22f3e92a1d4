extension ScheduleMetrics {
    /// A partner's outcome.
    public struct PartnerOutcome: Codable, Sendable, Hashable {
        /// The partner's id.
        public var id: String
        /// Its entitlement share.
        public var share: Double
        /// Tracking time it received, seconds.
        public var servedSeconds: Double
        /// Time its requests want, seconds.
        public var wantedSeconds: Double
        /// `1 − served / wanted` (served counted up to each request's want); 0 when it wants nothing.
        public var unsatisfied: Double
        /// Its part of all the time delivered.
        public var receivedShare: Double
        /// Time it could get with the network to itself, seconds.
        public var aloneSeconds: Double
        /// `min(share × delivered, alone)`, seconds.
        public var guaranteeSeconds: Double
        /// How far it falls short of the guarantee, a fraction of the guarantee.
        public var shortfall: Double
    }
}
