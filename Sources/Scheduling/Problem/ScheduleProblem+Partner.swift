extension ScheduleProblem {
    /// A partner of the shared network: an organisation whose requests are scheduled and whose
    /// antennas may be pooled. In JSON: `{"id": "esa", "share": 0.25}`.
    public struct Partner: Codable, Sendable, Hashable {
        /// The partner's id, referred to by antennas (`owner`) and requests (`partner`).
        public var id: String
        /// The partner's entitlement: its share of the network's delivered contact time, a
        /// fraction. Shares are normalised to sum to 1. When every partner omits it, shares are
        /// proportional to the antenna time each contributes (horizon minus downtime).
        public var share: Double?

        /// Creates a partner.
        public init(id: String, share: Double? = nil) {
            self.id = id
            self.share = share
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, known: ["id", "share"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            share = try container.decodeIfPresent(Double.self, forKey: .share)
        }
    }
}
