/// Trims the final growth of contacts (`Stretcher`, `Shifter`) back as far as a partner
/// guarantee needs, and no further.
///
/// Growing a contact gives its partner more time and takes none from anyone, but the share
/// part of every other partner's guarantee grows with the total delivered: a partner that the
/// search left just within its tolerance can fall below it once the others' contacts grow (on
/// the DSN weeks at a 5% tolerance, in half the runs whose search held the guarantee). A mission
/// floor (`FairnessGuarantee.fixed`) cannot break so: its targets do not grow.
///
/// Each partner p grew by `X_p`; the trim keeps `x_p ≤ X_p` of it. With `T = Σ x_p` in all,
/// partner q needs `x_q ≥ (1 − tolerance) · min(share_q · (D + T), alone_q) − R_q` (R and D
/// before growth). Each need rises with T no faster than its share does, so the needs sum to at
/// most T whenever the search's schedule held, and the largest T whose needs fit under every
/// `X_q` is found by bisection; what T leaves over the needs goes to the partners furthest
/// below their guarantee first. Each partner's contacts then give back the rest of their
/// growth from their ends, the longest first, never below their request's shortest contact:
/// shortening a contact inside its own span keeps every rule the validator checks.
struct GrowthTrim {
    let problem: CompiledProblem
    let guarantee: FairnessGuarantee

    /// `grown` with the growth trimmed so that `guarantee` holds, every partner keeping at least
    /// `baseReceived` (its time before growth, of `baseDelivered` in all, a schedule that held
    /// the guarantee). Contacts whose index `fixed` holds are never trimmed (the re-planner's
    /// announced contacts kept as announced: they did not grow).
    func trimmed(
        _ grown: [Stretcher.Placed], baseReceived: [Int], baseDelivered: Int, fixed: Set<Int> = []
    ) -> [Stretcher.Placed] {
        let partners = guarantee.shares.count
        var growth = [Int](repeating: 0, count: partners)
        for contact in grown { growth[problem.requests[contact.request].partner] += contact.track.length }
        for partner in 0..<partners { growth[partner] = max(0, growth[partner] - baseReceived[partner]) }
        // The largest total growth kept that some allocation holds the guarantee with: keeping
        // none holds it (the search's schedule held it); more than all cannot be kept.
        var (low, high) = (0, growth.reduce(0, +) + 1)
        var kept = allocation(total: 0, growth: growth, baseReceived: baseReceived, baseDelivered: baseDelivered)
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if let found = allocation(
                total: middle, growth: growth, baseReceived: baseReceived, baseDelivered: baseDelivered)
            {
                (low, kept) = (middle, found)
            } else {
                high = middle
            }
        }
        guard let kept else { return grown }
        var cut = (0..<partners).map { growth[$0] - kept[$0] }
        var trimmed = grown
        let order = trimmed.indices.sorted {
            let (a, b) = (trimmed[$0].track.length, trimmed[$1].track.length)
            return a != b ? a > b : $0 < $1
        }
        for index in order {
            let contact = trimmed[index]
            let request = problem.requests[contact.request]
            guard !request.fullPass, !fixed.contains(index), cut[request.partner] > 0 else { continue }
            let give = min(cut[request.partner], contact.track.length - request.minLengthMillis)
            guard give > 0 else { continue }
            trimmed[index].track = MilliSpan(contact.track.start, contact.track.end - give)
            cut[request.partner] -= give
        }
        return trimmed
    }

    /// Each partner's growth kept when `total` is kept in all: what the guarantee needs, then
    /// the rest to the partners furthest below their guarantee first; nil when the needs do not
    /// fit under `growth` or the guarantee does not hold with them.
    func allocation(total: Int, growth: [Int], baseReceived: [Int], baseDelivered: Int) -> [Int]? {
        let delivered = baseDelivered + total
        var kept = [Int](repeating: 0, count: growth.count)
        var rest = total
        for partner in growth.indices {
            let owed = (1 - guarantee.tolerance) * guarantee.guaranteeMillis(partner, delivered: delivered)
            let need = max(0, Int((owed - Double(baseReceived[partner])).rounded(.up)))
            guard need <= growth[partner] else { return nil }
            kept[partner] = need
            rest -= need
        }
        guard rest >= 0 else { return nil }
        func ratio(_ partner: Int) -> Double {
            let owed = guarantee.guaranteeMillis(partner, delivered: delivered)
            return owed > 0 ? Double(baseReceived[partner] + kept[partner]) / owed : .infinity
        }
        for partner in growth.indices.sorted(by: { ratio($0) != ratio($1) ? ratio($0) < ratio($1) : $0 < $1 }) {
            let more = min(rest, growth[partner] - kept[partner])
            kept[partner] += more
            rest -= more
        }
        guard rest == 0 else { return nil }
        let received = growth.indices.map { baseReceived[$0] + kept[$0] }
        return guarantee.holds(received: received, delivered: delivered) ? kept : nil
    }
}
