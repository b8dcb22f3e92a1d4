extension ScheduleProblem {
    /// What a partner asks of the network for one spacecraft: how much contact time, when, in
    /// what pieces and how urgently.
    ///
    /// In JSON (only `id`, `spacecraft`, `partner` and `window` are required):
    /// ```json
    /// {"id": "r1", "spacecraft": "25544", "partner": "esa", "mission": "iss",
    ///  "window": {"start": "…", "end": "…"}, "contacts": 4, "totalSeconds": 2400,
    ///  "minContactSeconds": 300, "maxContactSeconds": 900, "split": {"minTrackSeconds": 14400},
    ///  "placement": "flexible", "priority": "routine", "setupSeconds": 3600,
    ///  "teardownSeconds": 900, "resources": ["ksat-svalbard-1"], "minContacts": 2,
    ///  "minGapSeconds": 21600, "allowedSpans": [{"start": "…", "end": "…"}]}
    /// ```
    ///
    /// The rules a schedule must keep for the request:
    /// - every contact's tracking time lies inside `window` and inside one view period of its
    ///   resource;
    /// - at most `contacts` contacts (default 1; unlimited for a `split` request);
    /// - the tracking times add up to at most `totalSeconds` (default unlimited);
    /// - each contact lasts at least `minContactSeconds` (for a `split` request:
    ///   `split.minTrackSeconds` instead) and at most `maxContactSeconds`;
    /// - `fullPass` contacts span a whole view period (clipped to the window).
    /// - with `allowedSpans`, tracking also lies inside one of them (and a full pass is a view
    ///   period clipped to the window and that span);
    /// - with `minContacts`, the request gets no contact or at least that many;
    /// - with `minGapSeconds`, one contact ends at least that long before the next begins.
    ///
    /// The last three carry the rules of a CCSDS 902.9 standing order (daily windows on chosen
    /// weekdays, minimum number of passes, minimum interval between passes); files without
    /// them read as before.
    ///
    /// The time the request wants (for its unsatisfied fraction) is `totalSeconds`; without it
    /// `contacts × maxContactSeconds`; for a `fullPass` request without either, the sum of its
    /// `contacts` longest usable view periods (all of them when `contacts` is absent).
    public struct Request: Codable, Sendable, Hashable {
        /// The request's id.
        public var id: String
        /// The spacecraft to track.
        public var spacecraft: String
        /// The partner asking (whose entitlement the contacts count against).
        public var partner: String
        /// The mission the request serves (for per-mission metrics); defaults to the spacecraft.
        public var mission: String?
        /// When the contacts may take place (inside the problem's horizon).
        public var window: TimeSpan
        /// The largest number of contacts wanted; default 1, unlimited for split requests.
        public var contacts: Int?
        /// The total tracking time wanted, seconds.
        public var totalSeconds: Double?
        /// The shortest acceptable contact, seconds (default 0).
        public var minContactSeconds: Double
        /// The longest useful contact, seconds (default unlimited).
        public var maxContactSeconds: Double?
        /// Present when the wanted time may be split into several tracks.
        public var split: Split?
        /// How a contact sits in its view period.
        public var placement: Placement
        /// How urgent the request is.
        public var priority: Priority
        /// Setup time for this request's contacts, seconds; overrides the antennas' own.
        public var setupSeconds: Double?
        /// Teardown time for this request's contacts, seconds; overrides the antennas' own.
        public var teardownSeconds: Double?
        /// The antennas and groups view periods are computed for when the problem lists none
        /// for this request; default every antenna with a site.
        public var resources: [String]?
        /// When present, the only spans (inside `window`) in which tracking may take place,
        /// e.g. a standing order's daily windows on its weekdays. Overlapping spans are merged.
        public var allowedSpans: [TimeSpan]?
        /// The fewest contacts worth having: a schedule gives the request none or at least
        /// this many (a standing order's minimum number of passes). Default 1.
        public var minContacts: Int?
        /// The shortest time from the end of one of this request's contacts to the start of
        /// the next, seconds (a standing order's minimum interval between passes). Default 0.
        public var minGapSeconds: Double?

        /// Creates a request.
        public init(
            id: String, spacecraft: String, partner: String, mission: String? = nil, window: TimeSpan,
            contacts: Int? = nil, totalSeconds: Double? = nil, minContactSeconds: Double = 0,
            maxContactSeconds: Double? = nil, split: Split? = nil, placement: Placement = .flexible,
            priority: Priority = .routine, setupSeconds: Double? = nil, teardownSeconds: Double? = nil,
            resources: [String]? = nil, allowedSpans: [TimeSpan]? = nil, minContacts: Int? = nil,
            minGapSeconds: Double? = nil
        ) {
            self.id = id
            self.spacecraft = spacecraft
            self.partner = partner
            self.mission = mission
            self.window = window
            self.contacts = contacts
            self.totalSeconds = totalSeconds
            self.minContactSeconds = minContactSeconds
            self.maxContactSeconds = maxContactSeconds
            self.split = split
            self.placement = placement
            self.priority = priority
            self.setupSeconds = setupSeconds
            self.teardownSeconds = teardownSeconds
            self.resources = resources
            self.allowedSpans = allowedSpans
            self.minContacts = minContacts
            self.minGapSeconds = minGapSeconds
        }

        /// The mission, or the spacecraft when none is named.
        public var missionName: String { mission ?? spacecraft }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(
                decoder,
                known: [
                    "id", "spacecraft", "partner", "mission", "window", "contacts", "totalSeconds",
                    "minContactSeconds", "maxContactSeconds", "split", "placement", "priority", "setupSeconds",
                    "teardownSeconds", "resources", "allowedSpans", "minContacts", "minGapSeconds",
                ])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            spacecraft = try container.decode(String.self, forKey: .spacecraft)
            partner = try container.decode(String.self, forKey: .partner)
            mission = try container.decodeIfPresent(String.self, forKey: .mission)
            window = try container.decode(TimeSpan.self, forKey: .window)
            contacts = try container.decodeIfPresent(Int.self, forKey: .contacts)
            totalSeconds = try container.decodeIfPresent(Double.self, forKey: .totalSeconds)
            minContactSeconds = try container.decodeIfPresent(Double.self, forKey: .minContactSeconds) ?? 0
            maxContactSeconds = try container.decodeIfPresent(Double.self, forKey: .maxContactSeconds)
            split = try container.decodeIfPresent(Split.self, forKey: .split)
            placement = try container.decodeIfPresent(Placement.self, forKey: .placement) ?? .flexible
            priority = try container.decodeIfPresent(Priority.self, forKey: .priority) ?? .routine
            setupSeconds = try container.decodeIfPresent(Double.self, forKey: .setupSeconds)
            teardownSeconds = try container.decodeIfPresent(Double.self, forKey: .teardownSeconds)
            resources = try container.decodeIfPresent([String].self, forKey: .resources)
            allowedSpans = try container.decodeIfPresent([TimeSpan].self, forKey: .allowedSpans)
            minContacts = try container.decodeIfPresent(Int.self, forKey: .minContacts)
            minGapSeconds = try container.decodeIfPresent(Double.self, forKey: .minGapSeconds)
        }
    }
}
