extension SearchChain {
    /// Options drawn per aimed ruin; the one whose blockers cost the least is taken.
    static let aimDraws = 6

    /// A ruin aimed at a partner short of the guarantee: one of its candidates not chosen whose
    /// request has room goes in with what blocks it removed (the recreate then restores and
    /// refills). Of its candidates (``aimDraws`` of them drawn at random when there are more),
    /// the one taken costs the least (`aimCost`): time taken from partners with room to spare
    /// above their guarantee is cheap, time that would leave another partner short is dear.
    /// Returns the antennas touched, or nil when no partner is short or none of its requests
    /// has room.
    mutating func makeRoomForShort() -> [Int]? {
        guard let guarantee else { return nil }
        let short = shortAccounts(guarantee)
        guard !short.isEmpty else { return nil }
        let account = short[random.below(short.count)]
        let problem = state.set.problem
        let options = unchosenCandidates(of: account).filter {
            let candidate = state.set.candidates[Int($0)]
            return state.hasRoom(request: Int(candidate.request), length: candidate.length)
        }
        guard !options.isEmpty else { return nil }
        // Every option when there are few, else some drawn at random.
        let drawn =
            options.count <= Self.aimDraws
            ? options : (0..<Self.aimDraws).map { _ in options[random.below(options.count)] }
        var id = drawn[0]
        var lowest = aimCost(of: id, guarantee: guarantee)
        for other in drawn.dropFirst() {
            let cost = aimCost(of: other, guarantee: guarantee)
            if cost < lowest { (id, lowest) = (other, cost) }
        }
        let candidate = state.set.candidates[Int(id)]
        var touched = problem.resources[Int(candidate.resource)].members
        for blocker in state.blockers(of: id) where state.selected[Int(blocker)] {
            for member in problem.resources[Int(state.set.candidates[Int(blocker)].resource)].members
            where !touched.contains(member) {
                touched.append(member)
            }
            state.remove(blocker)
        }
        guard state.fits(id) else { return touched }
        state.insert(id)
        return touched
    }

    /// A perturbation for a search that has stalled short of the guarantee: an aimed ruin
    /// (``makeRoomForShort()``) whatever it costs, the short partners' candidates restored and
    /// the antennas it touched refilled.
    mutating func kick() {
        // A mark, so that the changes are journalled as every move's are, then kept.
        _ = state.mark()
        if let touched = makeRoomForShort() {
            restoreGuarantee()
            for antenna in touched { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
        }
        state.commit()
    }

    /// What inserting `id` in place of its blockers costs, milliseconds: every blocker's
    /// tracking time, plus three times the part of it that takes its partner below the
    /// guarantee (the recreate may not find that partner other time).
    func aimCost(of id: Int32, guarantee: FairnessGuarantee) -> Double {
        var taken: [(account: Int, millis: Int)] = []
        var cost = 0.0
        for blocker in state.blockers(of: id) where state.selected[Int(blocker)] {
            let candidate = state.set.candidates[Int(blocker)]
            cost += Double(candidate.length)
            let account = Int(candidate.partner)
            if let at = taken.firstIndex(where: { $0.account == account }) {
                taken[at].millis += candidate.length
            } else {
                taken.append((account, candidate.length))
            }
        }
        for (account, millis) in taken {
            let received = state.received[account]
            let owed = (1 - guarantee.tolerance) * guarantee.guaranteeMillis(account, delivered: state.delivered)
            let spare = max(0, Double(received) - owed)
            cost += 3 * max(0, Double(millis) - spare)
        }
        return cost
    }
}
