extension SearchState {
    /// Removes every contact of each request left with some contacts but fewer than its
    /// `minContacts` (a standing order's minimum number of passes: none or at least that many),
    /// and returns how many contacts went. The search itself does not aim for the minimum, so
    /// this is the last step before a selection becomes a schedule: what it returns is always
    /// valid, at worst without such a request.
    @discardableResult
    mutating func droppingShortRequests() -> Int {
        let requests = set.problem.requests
        guard requests.contains(where: { $0.minContacts > 1 }) else { return 0 }
        var dropped = 0
        for id in chosen {
            let request = Int(set.candidates[Int(id)].request)
            if count[request] < requests[request].minContacts {
                remove(id)
                dropped += 1
            }
        }
        return dropped
    }
}
