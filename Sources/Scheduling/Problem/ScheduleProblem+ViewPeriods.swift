extension ScheduleProblem {
    /// The windows in which a request's spacecraft can be tracked by one resource (an antenna
    /// or a group). In JSON: `{"request": "r1", "resource": "DSS-14", "periods": [{…}, …]}`.
    public struct ViewPeriods: Codable, Sendable, Hashable {
        /// The request's id.
        public var request: String
        /// The antenna or group id.
        public var resource: String
        /// The view periods; a contact's tracking time lies inside one of them.
        public var periods: [TimeSpan]

        /// Creates the view periods of one request on one resource.
        public init(request: String, resource: String, periods: [TimeSpan]) {
            self.request = request
            self.resource = resource
            self.periods = periods
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, known: ["request", "resource", "periods"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            request = try container.decode(String.self, forKey: .request)
            resource = try container.decode(String.self, forKey: .resource)
            periods = try container.decode([TimeSpan].self, forKey: .periods)
        }
    }
}
