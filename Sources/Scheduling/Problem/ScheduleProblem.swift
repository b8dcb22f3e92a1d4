/// A scheduling problem for a shared ground network: the partners and their entitlements,
/// the pooled antennas, the requests, and where each request's spacecraft is visible.
///
/// It travels as JSON (`"format": "concord-schedule-problem", "version": 1`); see
/// `docs/scheduling.md` for the full format. Read one with ``decode(_:)``, which checks every
/// rule of the format and names the offending field.
public struct ScheduleProblem: Codable, Sendable, Hashable {
    /// The value of `format` in every problem file.
    public static let formatName = "concord-schedule-problem"
    /// The format version this library reads and writes.
    public static let currentVersion = 1
    /// The default fairness tolerance: a partner may fall 5% short of its guarantee.
    public static let defaultFairnessTolerance = 0.05

    /// Always ``formatName``.
    public var format: String
    /// Always ``currentVersion``.
    public var version: Int
    /// A name for people (e.g. the week scheduled).
    public var name: String?
    /// The span being scheduled; every request window lies inside it.
    public var horizon: TimeSpan
    /// How far below its guarantee a partner may fall, as a fraction of the guarantee
    /// (0…1, default 0.05). See `FairnessGuarantee`.
    public var fairnessTolerance: Double
    /// The partners, each once.
    public var partners: [Partner]
    /// The pooled antennas.
    public var antennas: [Antenna]
    /// Antennas used together (arrays).
    public var groups: [Group]
    /// The spacecraft requests refer to.
    public var spacecraft: [Spacecraft]
    /// The requests to schedule.
    public var requests: [Request]
    /// Where each request's spacecraft can be tracked; requests without any get them computed
    /// from TLEs and antenna sites (see ``resolvingViewPeriods(threads:)``).
    public var viewPeriods: [ViewPeriods]

    /// Creates a problem of the current format and version.
    public init(
        name: String? = nil, horizon: TimeSpan, fairnessTolerance: Double = ScheduleProblem.defaultFairnessTolerance,
        partners: [Partner], antennas: [Antenna], groups: [Group] = [], spacecraft: [Spacecraft],
        requests: [Request], viewPeriods: [ViewPeriods] = []
    ) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.name = name
        self.horizon = horizon
        self.fairnessTolerance = fairnessTolerance
        self.partners = partners
        self.antennas = antennas
        self.groups = groups
        self.spacecraft = spacecraft
        self.requests = requests
        self.viewPeriods = viewPeriods
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(
            decoder,
            known: [
                "format", "version", "name", "horizon", "fairnessTolerance", "partners", "antennas", "groups",
                "spacecraft", "requests", "viewPeriods",
            ])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        horizon = try container.decode(TimeSpan.self, forKey: .horizon)
        fairnessTolerance =
            try container.decodeIfPresent(Double.self, forKey: .fairnessTolerance) ?? Self.defaultFairnessTolerance
        partners = try container.decode([Partner].self, forKey: .partners)
        antennas = try container.decode([Antenna].self, forKey: .antennas)
        groups = try container.decodeIfPresent([Group].self, forKey: .groups) ?? []
        spacecraft = try container.decode([Spacecraft].self, forKey: .spacecraft)
        requests = try container.decode([Request].self, forKey: .requests)
        viewPeriods = try container.decodeIfPresent([ViewPeriods].self, forKey: .viewPeriods) ?? []
    }
}
