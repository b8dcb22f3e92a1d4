extension CandidateSet {
    /// Most positions of the finer grid for one length in one view period.
    static let finerGridPositions = 17
    /// The lengths of the finer grid besides the longest and the shortest, in eighths of the
    /// longest the request and period allow.
    static let finerGridEighths = [7, 6, 5, 4, 3]

    /// The tracks of the finer grid for a flexible request in a view period: the lengths
    /// ``finerGridEighths`` of the longest, the longest and the shortest allowed, each at up
    /// to ``finerGridPositions`` evenly spaced positions from the period's start to its end
    /// (both ends included, never closer than ``gridStepMillis``). Its lengths include those of
    /// ``flexibleGrid(request:period:)``, at up to twice as many positions (the search's own
    /// tracks stay in the grown set, so the two need not nest).
    static func finerGrid(request: RequestModel, period: MilliSpan) -> [MilliSpan] {
        let longest = min(request.maxLengthMillis, period.length, request.maxTotalMillis)
        let shortest = max(request.minLengthMillis, 1)
        guard longest >= shortest else { return [] }
        var lengths = [longest, shortest]
        for eighth in finerGridEighths where longest * eighth / 8 >= shortest {
            if !lengths.contains(longest * eighth / 8) { lengths.append(longest * eighth / 8) }
        }
        return tracks(lengths: lengths, in: period, positions: finerGridPositions)
    }

    /// The set grown by the ``finerGrid(request:period:)`` tracks it lacks, for every flexible
    /// request it holds candidates of (only an account's own, in an alone search). The old
    /// candidates keep their ids, so schedules over this set stay valid in the grown one.
    ///
    /// Settling packs a fair schedule by swapping tracks of different missions on the same
    /// antennas; with the coarse grid of the search a track that would fill the time a swap
    /// frees is often missing (the refinement fits tracks to the throughput schedule's free
    /// time, not to a fair one). On the DSN weeks it grows the set 2.5 times (31 000–45 000
    /// candidates to 78 000–116 000) and halves the epochs a run makes: too slow for the floor
    /// search's tests, but settling stalls long before its time is up (session 18).
    func withFinerGrid() -> (set: CandidateSet, added: Int) {
        var known = keyIndex()
        var added: [Candidate] = []
        for (index, request) in problem.requests.enumerated() where !request.fullPass && !byRequest[index].isEmpty {
            for period in request.periods {
                for track in Self.finerGrid(request: request, period: period.span) {
                    let key = Key(request: index, resource: period.resource, track: track)
                    guard known[key] == nil else { continue }
                    let before = added.count
                    Self.generate(
                        request: index, model: request, period: period, track: track, problem: problem,
                        into: &added, account: account(of: request))
                    known[key] = added.count > before ? Int32(candidates.count + before) : -1
                }
            }
        }
        guard !added.isEmpty else { return (self, 0) }
        return (CandidateSet(problem: problem, given: candidates + added, byMission: byMission), added.count)
    }
}
