extension Agreement {
    /// The typed terms of an agreement.
    public struct Clauses: Codable, Sendable, Hashable {
        /// Each party's share of the pooled network's time, in percent; empty, or summing to 100.
        public var networkShares: [Share]
        /// The stations each party puts into the pool.
        public var stationContributions: [StationContribution]
        /// The default rule for data produced under the agreement.
        public var dataPolicy: DataPolicy
        /// Each party's share of common costs, in percent; empty, or summing to 100.
        public var costShares: [Share]

        /// Creates clauses; by default none, with the consortium data policy.
        public init(
            networkShares: [Share] = [], stationContributions: [StationContribution] = [],
            dataPolicy: DataPolicy = DataPolicy(), costShares: [Share] = []
        ) {
            self.networkShares = networkShares
            self.stationContributions = stationContributions
            self.dataPolicy = dataPolicy
            self.costShares = costShares
        }
    }

    /// A party's percentage of something shared (network time, costs).
    public struct Share: Codable, Sendable, Hashable {
        /// The party.
        public var partner: Partner.ID
        /// Its share in percent, 0 < percent ≤ 100.
        public var percent: Double

        /// Creates a share.
        public init(partner: Partner.ID, percent: Double) {
            self.partner = partner
            self.percent = percent
        }
    }

    /// A station that a party contributes to the agreement's pooled network.
    public struct StationContribution: Codable, Sendable, Hashable {
        /// The contributing party (the station's owner).
        public var partner: Partner.ID
        /// The station.
        public var station: Station.ID

        /// Creates a contribution.
        public init(partner: Partner.ID, station: Station.ID) {
            self.partner = partner
            self.station = station
        }
    }
}
