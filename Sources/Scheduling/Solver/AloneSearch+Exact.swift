extension AloneSearch {
    /// The account's alone schedule re-chosen exactly: every candidate of its alone set, grown
    /// by the finer grid (``CandidateSet/withFinerGrid()``), is a column of one
    /// ``WindowProgram`` (antennas, its spacecraft, its requests' limits, nothing else fixed),
    /// worth its tracking seconds, solved by `solver` from the search's schedule within
    /// `seconds` (stopped half a second past them). Contacts of requests with a minimum number
    /// of contacts stay as they are (the program has no row for "none or at least that many").
    ///
    /// The alone time is what the lowest floor rests on: on DSN W20 one mission's alone search
    /// left 0.4488–0.4557 unserved from run to run, where CP-SAT's week run held 0.452; solved
    /// this way, 0.4472–0.4489 in eight runs. Keeps the solve's schedule when it delivers
    /// more; true when it did.
    @discardableResult
    mutating func solveExactly(solver: CBCSolver, seconds: Double) -> Bool {
        // Over the finer grid as well: the refined set a search grew fits its own schedule's
        // free time, and its optimum moved from run to run (W20: 0.4488–0.4525 unserved).
        let set = chain.state.set.withFinerGrid().set
        let current = chain.state.moved(to: set)
        let keeps = WindowProgram.keeps(in: set)
        var fixed = SearchState(set: set)
        var free: [Int32] = []
        for id in 0..<Int32(set.candidates.count) {
            if keeps[Int(id)] {
                if current.selected[Int(id)] { fixed.insert(id) }
            } else {
                free.append(id)
            }
        }
        var program = WindowProgram(fixed: fixed, free: free)
        program.worth = program.candidates.map { Double(set.candidates[Int($0)].length) / 1000 }
        let start = program.candidates.map { current.selected[Int($0)] }
        // CBC stopped at `seconds` and half a second more: the alone phase's end holds up the search.
        guard let choice = solver.solve(program, seconds: seconds, start: start, grace: 0.5) else { return false }
        var solved = fixed
        for (column, chosen) in choice.enumerated() where chosen {
            let id = program.candidates[column]
            // The program holds every rule of the search; a slip is refused, not scheduled.
            guard solved.fits(id) else { return false }
            solved.insert(id)
        }
        guard solved.delivered > current.delivered else { return false }
        chain.state = solved
        return true
    }
}
