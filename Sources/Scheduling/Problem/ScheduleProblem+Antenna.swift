extension ScheduleProblem {
    /// A pooled antenna: who owns it, how long it needs around each contact, when it is
    /// unavailable, and whom its owner keeps off it.
    ///
    /// In JSON:
    /// ```json
    /// {"id": "ksat-svalbard-1", "owner": "ksat", "setupSeconds": 120, "teardownSeconds": 60,
    ///  "downtime": [{"start": "…", "end": "…"}], "excludedPartners": ["acme"],
    ///  "reservations": [{"start": "…", "end": "…"}],
    ///  "site": {"latitudeDegrees": 78.23, "longitudeDegrees": 15.41, "heightMeters": 450,
    ///           "minimumElevationDegrees": 5}}
    /// ```
    public struct Antenna: Codable, Sendable, Hashable {
        /// The antenna's id, a resource name that view periods and contacts refer to.
        public var id: String
        /// The partner that owns (contributes) the antenna.
        public var owner: String
        /// Time the antenna is busy before each contact's tracking starts, seconds (≥ 0).
        public var setupSeconds: Double
        /// Time the antenna is busy after each contact's tracking ends, seconds (≥ 0).
        public var teardownSeconds: Double
        /// Maintenance and outages: no contact, setup or teardown may overlap them.
        public var downtime: [TimeSpan]
        /// Partners the owner does not let use the antenna.
        public var excludedPartners: [String]
        /// Spans the owner keeps for itself: only the owner's requests may use the antenna then.
        public var reservations: [TimeSpan]
        /// Where the antenna is, for computing view periods from TLEs; optional when every
        /// request lists its view periods.
        public var site: Site?

        /// Creates an antenna.
        public init(
            id: String, owner: String, setupSeconds: Double = 0, teardownSeconds: Double = 0,
            downtime: [TimeSpan] = [], excludedPartners: [String] = [], reservations: [TimeSpan] = [],
            site: Site? = nil
        ) {
            self.id = id
            self.owner = owner
            self.setupSeconds = setupSeconds
            self.teardownSeconds = teardownSeconds
            self.downtime = downtime
            self.excludedPartners = excludedPartners
            self.reservations = reservations
            self.site = site
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(
                decoder,
                known: [
                    "id", "owner", "setupSeconds", "teardownSeconds", "downtime", "excludedPartners", "reservations",
                    "site",
                ])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            owner = try container.decode(String.self, forKey: .owner)
            setupSeconds = try container.decodeIfPresent(Double.self, forKey: .setupSeconds) ?? 0
            teardownSeconds = try container.decodeIfPresent(Double.self, forKey: .teardownSeconds) ?? 0
            downtime = try container.decodeIfPresent([TimeSpan].self, forKey: .downtime) ?? []
            excludedPartners = try container.decodeIfPresent([String].self, forKey: .excludedPartners) ?? []
            reservations = try container.decodeIfPresent([TimeSpan].self, forKey: .reservations) ?? []
            site = try container.decodeIfPresent(Site.self, forKey: .site)
        }
    }
}
