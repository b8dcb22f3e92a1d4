extension Replanner {
    /// Each mission's floor, milliseconds, in the order of `CompiledProblem.missions`
    /// (`ReplanOptions.missionFloorSeconds`; 0 for a mission not named), or nil without a floor.
    var floorMillis: [Int]? {
        guard let floors = options.missionFloorSeconds else { return nil }
        return problem.missions.map { mission in floors[mission].map { Int(($0 * 1000).rounded()) } ?? 0 }
    }

    /// The guarantee the repair's score holds: the mission floor when one is given (accounts are
    /// then missions), else the entitlement guarantee with `ReplanOptions.aloneSeconds` as caps,
    /// else none.
    var searchGuarantee: FairnessGuarantee? {
        if let floorMillis { return .floor(floorMillis) }
        return options.aloneSeconds.map { alone in
            FairnessGuarantee(
                shares: problem.shares, aloneMillis: alone.map { Int(($0 * 1000).rounded()) },
                tolerance: problem.problem.fairnessTolerance)
        }
    }

    /// The candidates `candidates` accounted to their request's mission instead of its partner
    /// (for a set that holds a mission floor).
    func accountedByMission(_ candidates: [Candidate]) -> [Candidate] {
        candidates.map { candidate in
            var copy = candidate
            copy.partner = Int32(problem.requests[Int(candidate.request)].mission)
            return copy
        }
    }

    /// Whether the repaired schedule (`served[r]`: request r's tracking time, milliseconds) holds
    /// the floor, and the missions it leaves short with the reason: out of reach when even the
    /// mission's own remaining contacts (`setup`'s candidates, each request's longest up to its
    /// count, total and want) add up to less than the floor, contested otherwise.
    func floorOutcome(served: [Int], setup: Setup) -> (holds: Bool, short: [FloorShortfall])? {
        guard let floorMillis else { return nil }
        var received = [Int](repeating: 0, count: problem.missions.count)
        var reachable = [Int](repeating: 0, count: problem.missions.count)
        for (index, request) in problem.requests.enumerated() {
            received[request.mission] += min(served[index], request.wantedMillis)
            let lengths = setup.set.byRequest[index].map { setup.set.candidates[Int($0)].length }.sorted(by: >)
            let longest = lengths.prefix(request.maxContacts).reduce(0, +)
            reachable[request.mission] += min(longest, request.maxTotalMillis, request.wantedMillis)
        }
        var short: [FloorShortfall] = []
        for (mission, floor) in floorMillis.enumerated() where received[mission] < floor - 1 {
            short.append(
                FloorShortfall(
                    mission: problem.missions[mission], floorSeconds: Double(floor) / 1000,
                    receivedSeconds: Double(received[mission]) / 1000,
                    reachableSeconds: Double(reachable[mission]) / 1000,
                    reason: reachable[mission] < floor - 1 ? .outOfReach : .contested))
        }
        return (short.isEmpty, short)
    }
}
