import Orbits

/// A problem in the form the validator's metrics and the solver compute with: everything
/// referred to by index, every time in integer milliseconds from the horizon start, each
/// request's usable view periods clipped to its window.
///
/// Antenna `i` is resource `i`; groups follow the antennas, in the problem's order.
public struct CompiledProblem: Sendable {
    /// The problem compiled.
    public let problem: ScheduleProblem
    /// The horizon's length, milliseconds (the horizon is `0 ..< horizonMillis`).
    public let horizonMillis: Int
    /// Each partner's entitlement share, normalised to sum to 1.
    public let shares: [Double]
    /// The antennas, in the problem's order.
    public let antennas: [AntennaModel]
    /// The antennas, then the groups.
    public let resources: [ResourceModel]
    /// For each spacecraft, true when it may be tracked by several resources at once.
    public let simultaneous: [Bool]
    /// The mission names, in order of first appearance among the requests.
    public let missions: [String]
    /// The requests, in the problem's order.
    public let requests: [RequestModel]
    /// Index of each partner id.
    public let partnerIndex: [String: Int]
    /// Index of each resource id.
    public let resourceIndex: [String: Int]
    /// Index of each request id.
    public let requestIndex: [String: Int]

    /// Compiles a problem whose view periods are all given (see
    /// `ScheduleProblem.resolvingViewPeriods`); the problem is validated first.
    public init(_ problem: ScheduleProblem) throws(SchedulingError) {
        try problem.validate()
        self.problem = problem
        let origin = problem.horizon.start
        horizonMillis = problem.horizon.end.millis(since: origin)
        func spans(_ list: [TimeSpan]) -> [MilliSpan] {
            list.map { MilliSpan($0.start.millis(since: origin), $0.end.millis(since: origin)) }.sorted()
        }
        partnerIndex = Dictionary(uniqueKeysWithValues: problem.partners.enumerated().map { ($1.id, $0) })
        let partnerIndex = self.partnerIndex
        antennas = problem.antennas.map { antenna in
            var excluded = [Bool](repeating: false, count: problem.partners.count)
            for id in antenna.excludedPartners { excluded[partnerIndex[id]!] = true }
            return AntennaModel(
                id: antenna.id, owner: partnerIndex[antenna.owner]!,
                setupMillis: Int((antenna.setupSeconds * 1000).rounded()),
                teardownMillis: Int((antenna.teardownSeconds * 1000).rounded()),
                downtime: spans(antenna.downtime), reservations: spans(antenna.reservations), excluded: excluded)
        }
        let antennaIndex = Dictionary(uniqueKeysWithValues: problem.antennas.enumerated().map { ($1.id, $0) })
        var resources = antennas.enumerated().map { ResourceModel(id: $1.id, members: [$0]) }
        for group in problem.groups {
            resources.append(ResourceModel(id: group.id, members: group.members.map { antennaIndex[$0]! }))
        }
        self.resources = resources
        resourceIndex = Dictionary(uniqueKeysWithValues: resources.enumerated().map { ($1.id, $0) })
        requestIndex = Dictionary(uniqueKeysWithValues: problem.requests.enumerated().map { ($1.id, $0) })
        let craftIndex = Dictionary(uniqueKeysWithValues: problem.spacecraft.enumerated().map { ($1.id, $0) })
        simultaneous = problem.spacecraft.map(\.simultaneousContacts)
        var missions: [String] = []
        var missionIndex: [String: Int] = [:]
        for request in problem.requests where missionIndex[request.missionName] == nil {
            missionIndex[request.missionName] = missions.count
            missions.append(request.missionName)
        }
        self.missions = missions
        var periods = [[(resource: Int, spans: [TimeSpan])]](repeating: [], count: problem.requests.count)
        for entry in problem.viewPeriods {
            periods[requestIndex[entry.request]!].append((resourceIndex[entry.resource]!, entry.periods))
        }
        let antennas = self.antennas
        let resourceList = resources
        requests = problem.requests.enumerated().map { index, request in
            RequestModel(
                request, spacecraft: craftIndex[request.spacecraft]!, partner: partnerIndex[request.partner]!,
                mission: missionIndex[request.missionName]!, origin: origin,
                viewPeriods: periods[index].sorted { $0.resource < $1.resource }, resources: resourceList,
                antennas: antennas)
        }
        shares = Self.normalisedShares(problem, antennas: antennas, horizonMillis: horizonMillis)
    }

    /// The given shares normalised, or, when none is given, each partner's contributed
    /// antenna time (horizon minus downtime) over the total.
    static func normalisedShares(_ problem: ScheduleProblem, antennas: [AntennaModel], horizonMillis: Int) -> [Double] {
        var raw = problem.partners.map { $0.share ?? 0 }
        if problem.partners.allSatisfy({ $0.share == nil }) {
            for antenna in antennas {
                let down = antenna.downtime.reduce(0) { total, span in
                    total + max(0, min(span.end, horizonMillis) - max(span.start, 0))
                }
                raw[antenna.owner] += Double(max(0, horizonMillis - down))
            }
        }
        let sum = raw.reduce(0, +)
        return sum > 0 ? raw.map { $0 / sum } : raw.map { _ in 1 / Double(raw.count) }
    }

    /// The instant `millis` milliseconds after the horizon start.
    public func instant(_ millis: Int) -> Instant {
        problem.horizon.start.adding(seconds: Double(millis) / 1000)
    }
}
