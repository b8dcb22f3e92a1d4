extension CandidateSet {
    /// A set over candidates the caller built (the re-planner's: the problem's own grid with
    /// the frozen horizon applied, plus the announced contacts at their exact times, each worth
    /// a keep bonus on top of its value), indexed the same way as the problem's own set.
    ///
    /// Kept apart from the generating initialiser so that the solver's code is untouched; the
    /// indexing here must stay the same as there.
    init(problem: CompiledProblem, given candidates: [Candidate]) {
        self.problem = problem
        self.candidates = candidates
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
        for antenna in 0..<antennaCount {
            byAntenna[antenna].sort {
                let a = candidates[Int($0)].busy
                let b = candidates[Int($1)].busy
                return a.end != b.end ? a.end < b.end : (a.start != b.start ? a.start < b.start : $0 < $1)
            }
            let ends = byAntenna[antenna].map { candidates[Int($0)].busy.end }
            predecessor[antenna] = byAntenna[antenna].map { id in
                let start = candidates[Int(id)].busy.start
                var (lo, hi) = (0, ends.count)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if ends[mid] <= start { lo = mid + 1 } else { hi = mid }
                }
                return Int32(lo)
            }
        }
        groups.sort { candidates[Int($0)].busy.start < candidates[Int($1)].busy.start }
        self.byAntenna = byAntenna
        self.predecessor = predecessor
        self.groupCandidates = groups
        self.byRequest = byRequest
    }
}
