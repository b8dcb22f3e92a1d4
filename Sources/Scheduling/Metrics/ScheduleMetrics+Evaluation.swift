extension ScheduleMetrics {
    /// The metrics of `schedule`; contacts naming unknown requests are ignored (the validator
    /// reports them). `aloneSeconds` gives each partner's contact time with the network to
    /// itself; without it each partner's wanted time stands in (an upper bound, so the
    /// guarantee checked is at least as strict).
    public init(problem: CompiledProblem, schedule: Schedule, aloneSeconds: [Double]? = nil) {
        var served = [Int](repeating: 0, count: problem.requests.count)
        var count = 0
        let origin = problem.problem.horizon.start
        for contact in schedule.contacts {
            guard let request = problem.requestIndex[contact.request] else { continue }
            served[request] += contact.end.millis(since: origin) - contact.start.millis(since: origin)
            count += 1
        }
        let alone = aloneSeconds.map { $0.map { Int(($0 * 1000).rounded()) } }
        self.init(problem: problem, servedMillis: served, contactCount: count, aloneMillis: alone)
    }

    /// The metrics of a schedule serving `servedMillis[r]` to request `r`.
    public init(problem: CompiledProblem, servedMillis: [Int], contactCount: Int, aloneMillis: [Int]?) {
        let partnerCount = problem.shares.count
        var partnerServed = [Int](repeating: 0, count: partnerCount)
        var partnerCapped = [Int](repeating: 0, count: partnerCount)
        var partnerWanted = [Int](repeating: 0, count: partnerCount)
        var missionServed = [Int](repeating: 0, count: problem.missions.count)
        var missionCapped = [Int](repeating: 0, count: problem.missions.count)
        var missionWanted = [Int](repeating: 0, count: problem.missions.count)
        var weighted = 0.0
        var wanted = 0
        for (index, request) in problem.requests.enumerated() {
            let served = servedMillis[index]
            let capped = min(served, request.wantedMillis)
            partnerServed[request.partner] += served
            partnerCapped[request.partner] += capped
            partnerWanted[request.partner] += request.wantedMillis
            missionServed[request.mission] += served
            missionCapped[request.mission] += capped
            missionWanted[request.mission] += request.wantedMillis
            weighted += Double(served) * request.weight
            wanted += request.wantedMillis
        }
        let delivered = partnerServed.reduce(0, +)
        let alone = aloneMillis ?? partnerWanted
        let guarantee = FairnessGuarantee(
            shares: problem.shares, aloneMillis: alone, tolerance: problem.problem.fairnessTolerance)
        func unsatisfied(_ capped: Int, _ wanted: Int) -> Double {
            wanted > 0 ? 1 - Double(capped) / Double(wanted) : 0
        }
        let partners = (0..<partnerCount).map { p in
            PartnerOutcome(
                id: problem.problem.partners[p].id, share: problem.shares[p],
                servedSeconds: Double(partnerServed[p]) / 1000, wantedSeconds: Double(partnerWanted[p]) / 1000,
                unsatisfied: unsatisfied(partnerCapped[p], partnerWanted[p]),
                receivedShare: delivered > 0 ? Double(partnerServed[p]) / Double(delivered) : 0,
                aloneSeconds: Double(alone[p]) / 1000,
                guaranteeSeconds: guarantee.guaranteeMillis(p, delivered: delivered) / 1000,
                shortfall: guarantee.shortfall(p, received: partnerServed[p], delivered: delivered))
        }
        let missions = problem.missions.indices.map { m in
            MissionOutcome(
                name: problem.missions[m], servedSeconds: Double(missionServed[m]) / 1000,
                wantedSeconds: Double(missionWanted[m]) / 1000,
                unsatisfied: unsatisfied(missionCapped[m], missionWanted[m]))
        }
        self.partners = partners
        self.missions = missions
        servedSeconds = Double(delivered) / 1000
        weightedServedSeconds = weighted / 1000
        self.contactCount = contactCount
        wantedSeconds = Double(wanted) / 1000
        let partnerU = (0..<partnerCount).filter { partnerWanted[$0] > 0 }.map { partners[$0].unsatisfied }
        let missionU = problem.missions.indices.filter { missionWanted[$0] > 0 }.map { missions[$0].unsatisfied }
        (partnerUMax, partnerURMS) = Self.maxAndRMS(partnerU)
        (missionUMax, missionURMS) = Self.maxAndRMS(missionU)
        let ratios = partners.filter { $0.guaranteeSeconds > 0 }.map { $0.servedSeconds / $0.guaranteeSeconds }
        jainIndex = Self.jain(ratios)
        maxShortfall = partners.map(\.shortfall).max() ?? 0
        tolerance = guarantee.tolerance
        guaranteeHolds = guarantee.holds(received: partnerServed, delivered: delivered)
    }

    /// The largest value and the root mean square (0 and 0 for none).
    static func maxAndRMS(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (0, 0) }
        let squares = values.reduce(0) { $0 + $1 * $1 }
        return (values.max()!, (squares / Double(values.count)).squareRoot())
    }

    /// Jain's fairness index `(Σx)² / (n Σx²)`; 1 for no values or all zero.
    static func jain(_ values: [Double]) -> Double {
        let squares = values.reduce(0) { $0 + $1 * $1 }
        guard !values.isEmpty, squares > 0 else { return 1 }
        let sum = values.reduce(0, +)
        return sum * sum / (Double(values.count) * squares)
    }
}
