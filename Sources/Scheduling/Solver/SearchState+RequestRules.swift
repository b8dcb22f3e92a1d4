extension SearchState {
    /// Removes every contact of each request left with some contacts but fewer than its
    /// `minContacts` (a standing order's minimum number of passes: none or at least that many),
    /// and returns how many contacts went. The search itself does not aim for the minimum, so
    /// this is the last step before a selection becomes a schedule (after
    /// ``completingShortRequests(guarantee:)`` in the solver): what it returns is always
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

    /// Gives each request short of its `minContacts` (fewer contacts than that, none included)
    /// a chance to reach it before ``droppingShortRequests()`` removes its contacts: its
    /// contacts are taken out and its candidates that fit are placed again, earliest tracking
    /// end first until the minimum is met (so the most contacts that keep the request's
    /// minimum gap fit into the free time), then the most valuable that still fit. The change
    /// is kept when the minimum is met and `guarantee`, if it held before, still holds; else it
    /// is undone. The contacts placed are often the grid's shortest: the stretcher then
    /// lengthens them into the free time and up to the gap. Only the requests `mayComplete`
    /// accepts are touched (all by default; the re-planner's only those none of whose announced
    /// contacts are kept). Returns the requests completed.
    @discardableResult
    mutating func completingShortRequests(
        guarantee: FairnessGuarantee?, mayComplete: (Int) -> Bool = { _ in true }
    ) -> Int {
        let requests = set.problem.requests
        guard requests.contains(where: { $0.minContacts > 1 }) else { return 0 }
        var completed = 0
        for (request, model) in requests.enumerated()
        where model.minContacts > 1 && count[request] < model.minContacts && !set.byRequest[request].isEmpty
            && mayComplete(request)
        {
            let held = guarantee?.holds(received: received, delivered: delivered) ?? false
            let start = mark()
            for id in onCraft[model.spacecraft] where set.candidates[Int(id)].request == request { remove(id) }
            while count[request] < model.minContacts, let next = firstEnding(request: request) { insert(next) }
            if count[request] >= model.minContacts {
                while let next = mostValuable(request: request) { insert(next) }
            }
            let holds = !held || guarantee?.holds(received: received, delivered: delivered) == true
            if count[request] >= model.minContacts && holds {
                completed += 1
            } else {
                undo(to: start)
            }
            commit()
        }
        return completed
    }

    /// The request's candidate that fits with the earliest tracking end (the longer, then the
    /// lower id, among equals), or nil.
    func firstEnding(request: Int) -> Int32? {
        var best: Int32? = nil
        for id in set.byRequest[request] where fits(id) {
            guard let current = best else {
                best = id
                continue
            }
            let (a, b) = (set.candidates[Int(id)].track, set.candidates[Int(current)].track)
            if a.end < b.end || (a.end == b.end && a.length > b.length) { best = id }
        }
        return best
    }

    /// The request's most valuable candidate that fits (the lowest id among equals), or nil.
    func mostValuable(request: Int) -> Int32? {
        var best: Int32? = nil
        for id in set.byRequest[request]
        where best == nil || set.candidates[Int(id)].value > set.candidates[Int(best!)].value {
            if fits(id) { best = id }
        }
        return best
    }
}
