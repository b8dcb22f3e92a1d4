extension SearchChain {
    /// How an ejection chain searches: `depth` relocations deep, `breadth` options tried at each.
    struct EjectionLimits: Sendable {
        /// Relocations after the first insertion: 0 only ejects, 1 relocates each ejected
        /// contact's request to a candidate that fits or that one more ejection frees, and so on.
        var depth = 2
        /// Candidates tried for each relocation (the most valuable first); the best outcome is kept.
        var breadth = 3
    }

    /// An ejection chain for the repair: inserts candidate `id` by ejecting what blocks it (the
    /// contacts on its antennas and spacecraft, and its request's least valuable contact when the
    /// request is full), then relocates each ejected contact's request: to its most valuable
    /// candidate that fits, or, `limits.depth` levels deep, to one that fits once the single
    /// contact blocking it is ejected and relocated in turn. At each relocation up to
    /// `limits.breadth` options are tried and the one that leaves the best score is made. The
    /// whole chain is kept only when the score rises (announced contacts carry their keep bonus
    /// in their value, so a chain moves an announced contact only when that pays more than the
    /// bonus). `ranked` lists each request's candidates, most valuable first. Returns true when
    /// kept.
    mutating func ejectionInsert(_ id: Int32, ranked: [[Int32]], limits: EjectionLimits) -> Bool {
        let before = score
        let mark = state.mark()
        var visited: [Int32] = []
        let kept =
            place(id, ranked: ranked, depth: limits.depth, breadth: limits.breadth, visited: &visited)
            && score > before + 1e-9
        if !kept { state.undo(to: mark) }
        state.commit()
        return kept
    }

    /// The worth above which a contact is never ejected by a chain (frozen contacts carry
    /// `Replanner.frozenBonusSeconds`).
    static let unejectable = 5_000.0

    /// Places `id`, ejecting its blockers, then relocates each ejected contact's request (while
    /// `depth` allows). Contacts placed earlier in the chain (`visited`) are never ejected.
    /// Returns false, with the state part-changed (the caller undoes), when `id` cannot go in.
    private mutating func place(
        _ id: Int32, ranked: [[Int32]], depth: Int, breadth: Int, visited: inout [Int32]
    ) -> Bool {
        let candidate = state.set.candidates[Int(id)]
        var blockers = state.blockers(of: id)
        if !state.hasRoom(request: Int(candidate.request), length: candidate.length) {
            guard let holder = state.roomMaker(for: candidate, besides: -1) else { return false }
            if !blockers.contains(holder) { blockers.append(holder) }
        }
        for blocker in blockers {
            if visited.contains(blocker) || state.set.candidates[Int(blocker)].value > Self.unejectable {
                return false
            }
        }
        for blocker in blockers { state.remove(blocker) }
        guard state.fits(id) else { return false }
        state.insert(id)
        visited.append(id)
        guard depth > 0 else { return true }
        for blocker in blockers {
            relocate(blocker, ranked: ranked, depth: depth - 1, breadth: breadth, visited: &visited)
        }
        return true
    }

    /// Gives the request of the ejected contact `ejected` another contact: the most valuable of
    /// its candidates that fits; failing that (with `depth` left), the best of up to `breadth`
    /// candidates blocked by a single contact worth ejecting, each placed by ``place`` and
    /// judged by the score it leaves. Leaves the request short when nothing works.
    private mutating func relocate(
        _ ejected: Int32, ranked: [[Int32]], depth: Int, breadth: Int, visited: inout [Int32]
    ) {
        let request = Int(state.set.candidates[Int(ejected)].request)
        for option in ranked[request] where option != ejected && state.fits(option) {
            state.insert(option)
            visited.append(option)
            return
        }
        guard depth > 0 else { return }
        var options: [Int32] = []
        for option in ranked[request] where options.count < breadth {
            guard option != ejected, !state.selected[Int(option)], !visited.contains(option) else { continue }
            let blockers = state.blockers(of: option)
            guard blockers.count == 1, !visited.contains(blockers[0]),
                state.set.candidates[Int(blockers[0])].value < Self.unejectable
            else { continue }
            options.append(option)
        }
        guard !options.isEmpty else { return }
        var best: (option: Int32, score: Double)? = nil
        for option in options {
            let mark = state.mark()
            var trial = visited
            if place(option, ranked: ranked, depth: depth, breadth: breadth, visited: &trial) {
                if best == nil || score > best!.score + 1e-9 { best = (option, score) }
            }
            state.undo(to: mark)
            state.commit()
        }
        guard let best, best.score > score + 1e-9 else { return }
        _ = place(best.option, ranked: ranked, depth: depth, breadth: breadth, visited: &visited)
    }
}
