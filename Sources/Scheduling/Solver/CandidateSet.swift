/// Every candidate contact of a problem (or of the requests a filter keeps), indexed the way
/// the search needs: each antenna's own candidates sorted by busy end with their DP
/// predecessors, the group candidates, and each request's candidates.
struct CandidateSet: Sendable {
    /// The problem.
    let problem: CompiledProblem
    /// All candidates.
    let candidates: [Candidate]
    /// For each antenna, the candidates on that antenna alone, sorted by busy end.
    let byAntenna: [[Int32]]
    /// For each antenna and position `j` in `byAntenna`, the number of earlier candidates whose
    /// busy time ends before candidate `j`'s begins (all of `0 ..< predecessor[j]` are
    /// compatible with `j` on the antenna).
    let predecessor: [[Int32]]
    /// For each antenna with a candidate whose request sets a minimum gap (empty for the
    /// others), and each position `j` in `byAntenna`: for such a candidate, the number of
    /// earlier candidates whose busy time ends by its tracking start less the gap (every one of
    /// them keeps the gap to it), at most `predecessor[j]`; for the others `predecessor[j]`.
    /// The best response on such an antenna keeps the gaps in its recursion and places its
    /// choice gap by gap (`SearchState.placeKeepingGaps`).
    let gapPredecessor: [[Int32]]
    /// Candidates on groups (arrays), sorted by busy start.
    let groupCandidates: [Int32]
    /// For each antenna, its candidates themselves in `byAntenna`'s order: the best response
    /// reads them in that order, and from here they come contiguously rather than scattered
    /// over the whole set (a cache miss each on a week's candidates).
    let antennaCandidates: [[Candidate]]
    /// For each request, its candidates.
    let byRequest: [[Int32]]
    /// For each request, its candidates most valuable first (ties by id): a request's
    /// candidates share one account, so under any positive weight this is also their order by
    /// worth, and a search for the best one that fits can stop at the first.
    let byRequestByValue: [[Int32]]
    /// Every candidate, most valuable first (ties by id), for filling free time.
    let byValue: [Int32]
    /// True when the fairness accounts are the missions (a mission floor, `MissionFloor`):
    /// each candidate's `partner` is then its request's mission.
    let byMission: Bool
    /// The number of accounts: partners, or missions when `byMission`.
    let accountCount: Int
    /// For each account, its requests, ascending.
    let requestsByAccount: [[Int]]

    /// The candidates of the requests `include` keeps (all by default), accounted by partner,
    /// or by mission when `byMission`.
    init(problem: CompiledProblem, byMission: Bool = false, include: (RequestModel) -> Bool = { _ in true }) {
        var candidates: [Candidate] = []
        for (index, request) in problem.requests.enumerated() where include(request) {
            for period in request.periods {
                Self.generate(
                    request: index, model: request, period: period, problem: problem, into: &candidates,
                    account: byMission ? request.mission : request.partner)
            }
        }
        self.init(problem: problem, given: candidates, byMission: byMission)
    }

    /// A set over candidates already built (by ``generate(request:model:period:problem:into:account:)``,
    /// or the re-planner's: the grid with the frozen horizon applied plus the announced contacts
    /// at their exact times), indexed for the search.
    init(problem: CompiledProblem, given candidates: [Candidate], byMission: Bool = false) {
        self.problem = problem
        self.candidates = candidates
        self.byMission = byMission
        accountCount = byMission ? problem.missions.count : problem.shares.count
        var requestsByAccount = [[Int]](repeating: [], count: accountCount)
        for (index, request) in problem.requests.enumerated() {
            requestsByAccount[byMission ? request.mission : request.partner].append(index)
        }
        self.requestsByAccount = requestsByAccount
        let antennaCount = problem.antennas.count
        var byAntenna = [[Int32]](repeating: [], count: antennaCount)
        var groups: [Int32] = []
        var byRequest = [[Int32]](repeating: [], count: problem.requests.count)
        for (id, candidate) in candidates.enumerated() {
            let resource = Int(candidate.resource)
            if resource < antennaCount { byAntenna[resource].append(Int32(id)) } else { groups.append(Int32(id)) }
            byRequest[Int(candidate.request)].append(Int32(id))
        }
        var predecessor = [[Int32]](repeating: [], count: antennaCount)
        var gapPredecessor = [[Int32]](repeating: [], count: antennaCount)
        for antenna in 0..<antennaCount {
            byAntenna[antenna].sort {
                let a = candidates[Int($0)].busy
                let b = candidates[Int($1)].busy
                return a.end != b.end ? a.end < b.end : (a.start != b.start ? a.start < b.start : $0 < $1)
            }
            let ends = byAntenna[antenna].map { candidates[Int($0)].busy.end }
            // The count of candidates ending at or before `time`.
            func endingBy(_ time: Int) -> Int32 {
                var (lo, hi) = (0, ends.count)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if ends[mid] <= time { lo = mid + 1 } else { hi = mid }
                }
                return Int32(lo)
            }
            predecessor[antenna] = byAntenna[antenna].map { endingBy(candidates[Int($0)].busy.start) }
            let gaps = byAntenna[antenna].map { problem.requests[Int(candidates[Int($0)].request)].minGapMillis }
            if gaps.contains(where: { $0 > 0 }) {
                gapPredecessor[antenna] = byAntenna[antenna].indices.map { j in
                    let own = predecessor[antenna][j]
                    guard gaps[j] > 0 else { return own }
                    return min(own, endingBy(candidates[Int(byAntenna[antenna][j])].track.start - gaps[j]))
                }
            }
        }
        groups.sort { candidates[Int($0)].busy.start < candidates[Int($1)].busy.start }
        self.byAntenna = byAntenna
        antennaCandidates = byAntenna.map { ids in ids.map { candidates[Int($0)] } }
        self.predecessor = predecessor
        self.gapPredecessor = gapPredecessor
        self.groupCandidates = groups
        self.byRequest = byRequest
        byRequestByValue = byRequest.map { ids in
            ids.sorted {
                candidates[Int($0)].value != candidates[Int($1)].value
                    ? candidates[Int($0)].value > candidates[Int($1)].value : $0 < $1
            }
        }
        byValue = candidates.indices.map(Int32.init).sorted {
            candidates[Int($0)].value != candidates[Int($1)].value
                ? candidates[Int($0)].value > candidates[Int($1)].value : $0 < $1
        }
    }

    /// The account of a request: its mission when the set accounts by mission, else its partner.
    func account(of request: RequestModel) -> Int { byMission ? request.mission : request.partner }

    /// Appends the candidates of one usable period: the whole period for a full-pass request,
    /// a grid of lengths and positions for a flexible one; each kept only when every antenna
    /// it occupies allows the partner over its busy time. `account` is what the candidates'
    /// time counts for (the partner by default).
    static func generate(
        request index: Int, model request: RequestModel, period: UsablePeriod, problem: CompiledProblem,
        into candidates: inout [Candidate], account: Int? = nil
    ) {
        func add(_ track: MilliSpan) {
            generate(
                request: index, model: request, period: period, track: track, problem: problem, into: &candidates,
                account: account)
        }
        if request.fullPass {
            add(period.span)
            return
        }
        for track in flexibleGrid(request: request, period: period.span) { add(track) }
    }

    /// Appends the candidate of one track in a usable period, when every antenna it occupies
    /// allows the partner over its busy time.
    static func generate(
        request index: Int, model request: RequestModel, period: UsablePeriod, track: MilliSpan,
        problem: CompiledProblem, into candidates: inout [Candidate], account: Int? = nil
    ) {
        let busy = MilliSpan(track.start - period.setupMillis, track.end + period.teardownMillis)
        for member in problem.resources[period.resource].members
        where !problem.antennas[member].allows(partner: request.partner, busy: busy) {
            return
        }
        candidates.append(
            Candidate(
                request: Int32(index), resource: Int32(period.resource), spacecraft: Int32(request.spacecraft),
                partner: Int32(account ?? request.partner), track: track, busy: busy,
                value: Double(track.length) / 1000 * request.weight))
    }
}
