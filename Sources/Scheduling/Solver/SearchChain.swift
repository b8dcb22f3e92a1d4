/// One thread of the search: a selection improved by coordinate ascent (each antenna's best
/// response in turn), ejection moves across antennas and ruin-and-recreate (clear a time
/// window on a few antennas, rebuild them), accepting a move only when the score does not
/// drop. Every choice comes from the chain's own seeded generator.
struct SearchChain: Sendable {
    /// The current selection.
    var state: SearchState
    /// When true (the settling phase, `Scheduler.settle`), ruin and recreate gives the
    /// partners short of the guarantee their candidates first (`restoreGuarantee`) and then only
    /// fills the free time, so that a move under a tight guarantee is not lost to a deficit the
    /// recreate opened.
    var restoring = false
    /// When true while `restoring` (a floor test, `Scheduler.settle(_:toward:until:)`), half
    /// the ruins are aimed at a short partner's candidate (`makeRoomForShort`).
    var targeting = false
    /// The chain's generator.
    var random: SplitMix
    /// Each partner's weight in the best responses (1 unless fairness steers).
    var weights: [Double]
    /// The guarantee the score penalises deficits against, or nil for pure throughput.
    var guarantee: FairnessGuarantee?
    /// Ruin-and-recreate moves made.
    var moves = 0
    /// The price of one millisecond of deficit in the score. The fairness phase raises it step
    /// by step from a little above the worth of contact time until the guarantee holds, so that
    /// cheap repairs are found before costly ones; the highest (10 s of emergency time per
    /// second of deficit) puts fairness first.
    var penalty = SearchChain.highestPenalty
    /// The highest penalty, per millisecond of deficit.
    static let highestPenalty = 10 * ScheduleProblem.Priority.emergency.weight / 1000
    /// The chain's position among the run's chains.
    var index = 0
    /// Each partner's alone schedule (candidates), used to seed partners short of an
    /// alone-based guarantee.
    var aloneSchedules: [[Int32]] = []
    /// When the fairness repairs must stop (on `repairClock`), nil for no limit: the mission
    /// floor's bisection gives each of its tests a share of the budget this way.
    var repairDeadline: UInt64? = nil
    /// The clock `repairDeadline` is read on.
    var repairClock = SolverClock(cpu: false, threads: 1)
    /// The threads the chain's fairness repairs may share their tries over
    /// (``relocatingOutcomes(_:depth:locked:)``): 1 inside the search's parallel epochs, all
    /// of them when one chain repairs between epochs (`Scheduler.escalate`).
    var threads = 1

    /// True once `repairDeadline` has passed.
    var pastRepairDeadline: Bool {
        guard let repairDeadline else { return false }
        return repairClock.now() >= repairDeadline
    }

    /// The score moves are judged by: the objective, less `penalty` for every millisecond a
    /// partner lacks to be within its guarantee's tolerance, a small partner's milliseconds
    /// weighted up towards their fraction of its guarantee
    /// (``FairnessGuarantee/scoredDeficitMillis(received:delivered:)``).
    static func score(_ state: SearchState, guarantee: FairnessGuarantee?, penalty: Double) -> Double {
        guard let guarantee else { return state.value }
        let deficit = guarantee.scoredDeficitMillis(received: state.received, delivered: state.delivered)
        return state.value - deficit * penalty
    }

    /// Each partner's bonus per second of contact time in the score (the guarantee's prices
    /// in the dual phase, `Scheduler.dualPhase`); empty for none.
    var bonus: [Double] = []

    /// The current score: ``score(_:guarantee:penalty:)`` plus the partners' bonuses.
    var score: Double {
        var total = Self.score(state, guarantee: guarantee, penalty: penalty)
        for (partner, perSecond) in bonus.enumerated() where perSecond != 0 {
            total += perSecond * Double(state.received[partner]) / 1000
        }
        return total
    }

    /// Best responses over every antenna, in a random order, until a round changes nothing
    /// (at most `rounds`); then one round with ejections and a pass over the group candidates.
    mutating func descend(rounds: Int = 8) {
        let antennas = Array(0..<state.set.problem.antennas.count)
        for _ in 0..<rounds {
            let before = state.chosen
            for antenna in random.shuffled(antennas) { state.bestResponse(antenna: antenna, weights: weights) }
            if state.chosen == before { break }
        }
        for antenna in random.shuffled(antennas) { eject(antenna: antenna) }
        insertGroups()
    }

    /// Replaces the selection by the candidates of `chosen` that fit, taken in order, improved
    /// by one round of best responses and one of ejections; keeps whichever of the two scores higher.
    mutating func rebuild(from chosen: [Int32]) {
        let before = score
        let mark = state.mark()
        for id in state.chosen { state.remove(id) }
        for id in chosen where state.fits(id) { state.insert(id) }
        descend(rounds: 1)
        makeFair()
        if score <= before { state.undo(to: mark) }
        state.commit()
    }

    /// Builds a schedule antenna by antenna in a random order, each antenna's best response
    /// judged by the relaxation's reduced worths (so that an antenna leaves the spacecraft
    /// and request capacity the others need), then improves it by a short descent; keeps
    /// whichever of it and the current selection scores higher.
    mutating func sequentialRebuild(reduced: [Double]) {
        let before = score
        let mark = state.mark()
        for id in state.chosen { state.remove(id) }
        for antenna in random.shuffled(Array(0..<state.set.problem.antennas.count)) {
            state.bestResponse(antenna: antenna, weights: weights, worthOverride: reduced)
        }
        descend(rounds: 1)
        makeFair()
        if score <= before { state.undo(to: mark) }
        state.commit()
    }

    /// When fairness is enforced and a partner is short: targeted insertions for the short,
    /// then, if still short, alone-capped partners seeded with their alone schedules and the
    /// targeted insertions again (each change kept only when the score rises).
    mutating func makeFair(tries: Int = 500) {
        guard let guarantee, !guarantee.holds(received: state.received, delivered: state.delivered) else { return }
        let start = score
        repairDeficits(limit: tries)
        trace("repair: \(start) -> \(score)", 0)
        if !aloneSchedules.isEmpty && !pastRepairDeadline
            && !guarantee.holds(received: state.received, delivered: state.delivered)
        {
            seedAloneCapped(aloneSchedules)
            repairDeficits(limit: tries)
        }
    }

    /// Adds every candidate that fits as the selection stands, most valuable first, each kept
    /// only when the score does not drop: the free time no move happened to reach.
    mutating func fillFreeTime() {
        for id in state.set.byValue where state.fits(id) {
            let before = score
            let mark = state.mark()
            state.insert(id)
            if score + 1e-9 < before { state.undo(to: mark) }
            state.commit()
        }
    }

    /// An ejection move on one antenna, its displaced contacts' antennas refilled; undone
    /// unless the score improves.
    mutating func eject(antenna: Int) {
        let before = score
        let mark = state.mark()
        let touched = state.bestResponse(antenna: antenna, weights: weights, ejecting: true)
        var refilled: [Int] = []
        for other in touched where !refilled.contains(other) {
            refilled.append(other)
            state.bestResponse(antenna: other, weights: weights)
        }
        if score + 1e-9 < before { state.undo(to: mark) }
        state.commit()
    }

    /// Tries every group candidate not chosen: added when it fits, or swapped for what blocks
    /// it when it is worth more than all of that (the blockers' antennas then refilled) and
    /// the score rises.
    mutating func insertGroups() {
        for id in state.set.groupCandidates where !state.selected[Int(id)] {
            let candidate = state.set.candidates[Int(id)]
            guard state.hasRoom(request: Int(candidate.request), length: candidate.length) else { continue }
            if state.fits(id) {
                let before = score
                let mark = state.mark()
                state.insert(id)
                if score <= before { state.undo(to: mark) }
                state.commit()
                continue
            }
            let blockers = state.blockers(of: id)
            let loss = blockers.reduce(0.0) { $0 + state.worthOf($1, weights: weights) }
            guard state.worthOf(id, weights: weights) > loss else { continue }
            let before = score
            let mark = state.mark()
            var touched: [Int] = []
            for blocker in blockers {
                touched.append(
                    contentsOf: state.set.problem.resources[Int(state.set.candidates[Int(blocker)].resource)].members)
                state.remove(blocker)
            }
            if state.fits(id) {
                state.insert(id)
                for antenna in touched { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
            }
            if score <= before { state.undo(to: mark) }
            state.commit()
        }
    }

    /// One ruin-and-recreate move, of one of two kinds at random: clear the contacts of 2–6
    /// random antennas within a random window (2–15% of the horizon), or every contact of 2–8
    /// random spacecraft; then rebuild the antennas concerned by best response in a random
    /// order (one with ejections), and keep the result unless the score dropped. When
    /// `restoring`, the partners short of the guarantee first get their candidates back and the
    /// antennas' free time is then filled.
    mutating func ruinAndRecreate() {
        moves += 1
        let problem = state.set.problem
        let antennaCount = problem.antennas.count
        let before = score
        let mark = state.mark()
        var picked: [Int] = []
        if restoring && targeting && random.below(2) == 0, let made = makeRoomForShort() {
            picked = made
        } else if random.below(3) > 0 {
            let horizon = problem.horizonMillis
            let width = Int(Double(horizon) * (0.02 + 0.13 * random.unit()))
            let start = random.below(max(1, horizon - width / 2)) - width / 2
            let window = MilliSpan(start, start + width)
            picked = Array(random.shuffled(Array(0..<antennaCount)).prefix(2 + random.below(5)))
            for antenna in picked {
                for id in state.onAntenna[antenna]
                where state.selected[Int(id)] && state.set.candidates[Int(id)].busy.overlaps(window) {
                    state.remove(id)
                }
            }
        } else {
            let craftCount = problem.simultaneous.count
            for _ in 0..<(2 + random.below(7)) {
                for id in state.onCraft[random.below(craftCount)] {
                    for member in problem.resources[Int(state.set.candidates[Int(id)].resource)].members
                    where !picked.contains(member) {
                        picked.append(member)
                    }
                    state.remove(id)
                }
            }
            picked = random.shuffled(picked)
        }
        guard !picked.isEmpty else {
            state.commit()
            return
        }
        if restoring && guarantee != nil {
            restoreGuarantee()
            for antenna in picked { state.bestResponse(antenna: antenna, weights: weights, keep: true) }
        } else {
            for antenna in picked { state.bestResponse(antenna: antenna, weights: weights) }
            eject(antenna: picked[random.below(picked.count)])
        }
        if score + 1e-9 < before { state.undo(to: mark) }
        state.commit()
    }
}
