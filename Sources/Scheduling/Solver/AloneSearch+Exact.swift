extension AloneSearch {
    /// The account's alone schedule re-chosen exactly: every candidate of its alone set is a
    /// column of one ``WindowProgram`` (antennas, its spacecraft, its requests' limits, with
    /// nothing else fixed), worth its tracking seconds, solved by `solver` within `seconds`
    /// from the search's schedule. Contacts of requests with a minimum number of contacts
    /// stay as they are (the program has no row for "none or at least that many").
    ///
    /// The alone time is what the lowest floor rests on (on DSN W20, one mission's alone
    /// search found 0.4488–0.4557 unserved from run to run, where CP-SAT's week run held
    /// 0.452); an exact solve over the same candidates ends that spread. Keeps the solve's
    /// schedule when it delivers more; true when it did.
    @discardableResult
    mutating func solveExactly(solver: CBCSolver, seconds: Double) -> Bool {
        let current = chain.state
        let set = current.set
        let problem = set.problem
        var fixed = SearchState(set: set)
        var free: [Int32] = []
        for id in 0..<Int32(set.candidates.count) {
            if problem.requests[Int(set.candidates[Int(id)].request)].minContacts > 1 {
                if current.selected[Int(id)] { fixed.insert(id) }
            } else {
                free.append(id)
            }
        }
        var program = WindowProgram(fixed: fixed, free: free)
        program.worth = program.candidates.map { Double(set.candidates[Int($0)].length) / 1000 }
        let start = program.candidates.map { current.selected[Int($0)] }
        guard let choice = solver.solve(program, seconds: seconds, start: start) else { return false }
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
