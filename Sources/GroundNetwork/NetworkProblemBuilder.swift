import Consortium
import Orbits
import Scheduling

/// Turns the registry (a `RegistrySnapshot`) and the stored schedule requests into the
/// scheduling problem of one network agreement over a span of time.
///
/// The rules (docs/scheduling.md, "In the platform"):
/// - **Agreement.** A network agreement is one in force on the span's first day whose clauses
///   pool at least one station (`stationContributions`). One problem is built per agreement:
///   name it, or leave it out when exactly one is in force.
/// - **Partners** are the agreement's active parties; their shares are its `networkShares`
///   (percent ÷ 100, a party without one gets 0); with no network shares at all, shares follow
///   the antenna time each party contributes (the problem format's rule).
/// - **Antennas** are the antennas of the contributed stations (a station without antennas is
///   one antenna named like the station), id `station/antenna`, owned by the contributor.
///   Maintenance windows become downtime, reserved windows reservations, and when a station has
///   `available` windows it is down outside them. Setup and teardown come from ``Options``.
/// - **Spacecraft** are the parties' operational or degraded spacecraft with an orbit that
///   SGP4 can propagate; view periods are their passes over each station above the station's
///   horizon mask (azimuth points included), by `PassPredictor`.
/// - **Requests** are the stored requests of those spacecraft whose window overlaps the span,
///   clipped to it. A spacecraft with no such request gets a **default request**:
///   `default-<spacecraft>`, every full pass of at least ``Options/defaultMinimumContactSeconds``
///   over the span (as many contacts as it has distinct passes), routine priority.
public struct NetworkProblemBuilder: Sendable {
    /// How the builder fills what the registry does not say.
    public struct Options: Sendable, Hashable {
        /// Busy time of an antenna before each contact, seconds.
        public var setupSeconds: Double
        /// Busy time of an antenna after each contact, seconds.
        public var teardownSeconds: Double
        /// The shortest pass a default request takes, seconds.
        public var defaultMinimumContactSeconds: Double
        /// The problem's fairness tolerance.
        public var fairnessTolerance: Double
        /// Threads of the pass prediction.
        public var threads: Int

        /// Creates options; by default no setup or teardown, passes of two minutes or more,
        /// the problem format's default tolerance, every core.
        public init(
            setupSeconds: Double = 0, teardownSeconds: Double = 0, defaultMinimumContactSeconds: Double = 120,
            fairnessTolerance: Double = ScheduleProblem.defaultFairnessTolerance,
            threads: Int = BatchThreads.default
        ) {
            self.setupSeconds = setupSeconds
            self.teardownSeconds = teardownSeconds
            self.defaultMinimumContactSeconds = defaultMinimumContactSeconds
            self.fairnessTolerance = fairnessTolerance
            self.threads = threads
        }
    }

    /// The longest span scheduled at once, days.
    public static let maximumSpanDays = 31.0

    /// The registry: partners, stations, spacecraft and agreements are read.
    public var registry: RegistrySnapshot
    /// The stored schedule requests (any partner, any window; the builder picks).
    public var requests: [ScheduleRequest]
    /// How gaps are filled.
    public var options: Options

    /// Creates a builder.
    public init(registry: RegistrySnapshot, requests: [ScheduleRequest], options: Options = Options()) {
        self.registry = registry
        self.requests = requests
        self.options = options
    }

    /// The network agreements on `day`: in force and pooling at least one station of an active party.
    public func networkAgreements(on day: Day) -> [Agreement] {
        registry.agreements.filter { agreement in
            let active = Set(agreement.activeParties(on: day))
            return agreement.isInForce(on: day)
                && agreement.clauses.stationContributions.contains { active.contains($0.partner) }
        }
        .sorted { $0.id < $1.id }
    }

    /// The agreement a problem over `span` follows: `id` when given (it must be a network
    /// agreement on the span's first day), else the only network agreement.
    public func agreement(_ id: Agreement.ID?, for span: TimeSpan) throws(NetworkError) -> Agreement {
        let day = Day(span.start)
        let candidates = networkAgreements(on: day)
        if let id {
            guard let chosen = candidates.first(where: { $0.id == id }) else {
                throw NetworkError(
                    .unknownAgreement, field: "agreement",
                    detail: "'\(id)' is not an agreement in force on \(day) that pools stations"
                        + Self.listing(candidates))
            }
            return chosen
        }
        switch candidates.count {
        case 0:
            throw NetworkError(
                .noNetwork, field: "agreement", detail: "no agreement in force on \(day) pools any station")
        case 1:
            return candidates[0]
        default:
            throw NetworkError(
                .ambiguousAgreement, field: "agreement",
                detail: "several agreements pool stations on \(day); choose one" + Self.listing(candidates))
        }
    }

    static func listing(_ agreements: [Agreement]) -> String {
        agreements.isEmpty ? "" : " (network agreements: \(agreements.map(\.id.rawValue).joined(separator: ", ")))"
    }

    /// Builds the problem of `agreement` (see ``agreement(_:for:)``) over `span`.
    public func build(span: TimeSpan, agreement id: Agreement.ID? = nil) throws(NetworkError) -> NetworkProblem {
        guard span.start < span.end else {
            throw NetworkError(.invalidSpan, field: "span.end", detail: "the span ends before it starts")
        }
        guard span.durationSeconds <= Self.maximumSpanDays * 86_400 else {
            throw NetworkError(
                .invalidSpan, field: "span.end",
                detail: "at most \(Int(Self.maximumSpanDays)) days are scheduled at once")
        }
        let chosen = try agreement(id, for: span)
        let day = Day(span.start)
        let parties = chosen.activeParties(on: day)
        var notes: [String] = []
        let pool = pooledStations(chosen, parties: parties, notes: &notes)
        let members = fleet(of: parties, notes: &notes)
        let visible = passes(of: members, over: pool.map(\.ground), span: span, notes: &notes)
        var assembly = Assembly(span: span, pool: pool, fleet: members, passes: visible)
        let defaults = assembly.addRequests(requests, parties: Set(parties), options: options, notes: &notes)
        let problem = ScheduleProblem(
            name: "\(chosen.id) \(span.start.iso8601(fractionDigits: 0, zulu: true))",
            horizon: span, fairnessTolerance: options.fairnessTolerance,
            partners: partners(of: chosen, parties: parties),
            antennas: pool.flatMap { $0.antennas(span: span, options: options) },
            spacecraft: members.map(\.problemSpacecraft), requests: assembly.requests,
            viewPeriods: assembly.viewPeriods)
        do {
            try problem.validate()
        } catch {
            throw NetworkError(.invalidProblem, field: error.field, detail: error.detail)
        }
        let contributors = parties.filter { party in pool.contains { $0.station.owner == party } }
        return NetworkProblem(
            problem: problem, agreement: chosen.id, parties: parties, contributors: contributors,
            defaultRequests: defaults, notes: notes)
    }

    /// The problem's partners: the parties with their network shares (fractions), or no shares
    /// at all when the agreement sets none (or they add up to nothing among the active parties).
    func partners(of agreement: Agreement, parties: [Partner.ID]) -> [ScheduleProblem.Partner] {
        let percents = parties.map { agreement.networkShare(of: $0) }
        let byShare = !agreement.clauses.networkShares.isEmpty && percents.reduce(0, +) > 0
        return zip(parties, percents).map { party, percent in
            ScheduleProblem.Partner(id: party.rawValue, share: byShare ? percent / 100 : nil)
        }
    }
}
