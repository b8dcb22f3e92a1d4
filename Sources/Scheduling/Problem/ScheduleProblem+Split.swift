extension ScheduleProblem {
    /// Lets a long request be served by several tracks: any number of contacts (up to the
    /// request's `contacts` when given), each at least `minTrackSeconds` long, together at most
    /// the request's `totalSeconds`. In JSON: `{"minTrackSeconds": 14400}`.
    public struct Split: Codable, Sendable, Hashable {
        /// The shortest acceptable track, seconds (> 0).
        public var minTrackSeconds: Double

        /// Creates a split rule.
        public init(minTrackSeconds: Double) {
            self.minTrackSeconds = minTrackSeconds
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, known: ["minTrackSeconds"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minTrackSeconds = try container.decode(Double.self, forKey: .minTrackSeconds)
        }
    }
}
