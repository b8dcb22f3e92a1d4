import Dispatch

extension Scheduler {
    /// The sweeps of exact windows: window lengths in hours, each window starting half a
    /// length after the last. Day windows first (seconds a week); then two-day windows, which
    /// gain about as much again but take several times as long, for as long as time remains.
    static let windowSweeps = [24, 48, 48]
    /// Subgradient iterations that find each window's support (from the last window's
    /// multipliers).
    static let windowIterations = 100
    /// How far below an antenna's best chain (reduced worth, value-seconds) a candidate's best
    /// chain may fall and still join the window's support.
    static let windowSlack = 900.0
    /// The longest CBC may spend on one window, seconds.
    static let windowSeconds = 5.0

    /// `placed` improved one window at a time (``windowSweeps``), each window re-chosen
    /// exactly with the rest fixed (``WindowProgram``, solved by `solver`), over a support of the
    /// window's candidates: the contacts it has and the candidates on near-optimal paths of the
    /// relaxation of what is left (``LagrangianGuide/nearOptimal(within:)``). Array candidates
    /// other than the window's own contacts stay out: the relaxation does not price them, and
    /// with them a day window has three times the columns and takes five times as long. Every
    /// account keeps `floor`'s time (or what it receives now, when less). A window's choice
    /// replaces its contacts only when it is worth more; the result is stretched again.
    ///
    /// Under a floor asked for that the search stopped above, sweeps of day windows first
    /// lower the floor toward it (``lowerFloor(_:_:_:_:solver:started:)``), pricing every
    /// mission's time below a lower target above any contact (``WindowProgram/targets``).
    /// Returns the contacts (`placed` when nothing improves) and the floor they hold.
    func exactWindows(
        _ placed: [Stretcher.Placed], over set: CandidateSet, solver: CBCSolver, floor: WindowFloor?,
        deadline: UInt64?, started: UInt64
    ) -> (placed: [Stretcher.Placed], floor: WindowFloor?) {
        guard !placed.isEmpty else { return (placed, floor) }
        let own = placed.map { contact -> Candidate in
            let request = problem.requests[contact.request]
            return Candidate(
                request: Int32(contact.request), resource: Int32(contact.resource),
                spacecraft: Int32(request.spacecraft), partner: Int32(set.account(of: request)), track: contact.track,
                busy: contact.busy, value: Double(contact.track.length) / 1000 * request.weight)
        }
        let (full, ids) = set.including([own])
        var state = SearchState(set: full)
        for id in ids[0] where state.fits(id) { state.insert(id) }
        guard state.chosen.count == placed.count else { return (placed, floor) }
        let startValue = state.value
        var guide = LagrangianGuide(set: full)
        let keeps = WindowProgram.keeps(in: full)
        var sweeper = WindowSweeper(
            context: WindowContext(
                keeps: keeps, floorMillis: floor?.millis, held: state.received, deadline: deadline),
            last: full.candidates.reduce(0) { max($0, $1.busy.end) })
        let lowered = floor.map { lowerFloor($0, &state, &guide, &sweeper, solver: solver, started: started) }
        let lowers = lowered != nil && lowered != floor
        for hours in Self.windowSweeps {
            guard sweep(hours, &state, &guide, &sweeper, solver: solver, started: started) else { break }
        }
        trace(
            "exact windows: \(sweeper.windows) solved, \(sweeper.improved) improved, \(startValue) -> \(state.value)",
            started)
        // A lowered floor keeps the schedule that holds it, whatever its worth.
        guard lowers || state.value > startValue + 1e-6 else { return (placed, floor) }
        let regrown = grown(state)
        return lowers || worth(regrown) >= worth(placed) ? (regrown, lowered) : (placed, floor)
    }

    /// One sweep of windows of `hours` over `state`, each starting half a window after the
    /// last; false when the deadline stopped it.
    @discardableResult
    func sweep(
        _ hours: Int, _ state: inout SearchState, _ guide: inout LagrangianGuide, _ sweeper: inout WindowSweeper,
        solver: CBCSolver, started: UInt64
    ) -> Bool {
        let before = state.value
        defer { trace("exact windows of \(hours) h: \(before) -> \(state.value)", started) }
        let spans = stride(from: 0, to: sweeper.last, by: hours * 1_800_000).map {
            MilliSpan($0, $0 + hours * 3_600_000)
        }
        for batch in Self.windowBatches(count: spans.count, parallel: options.threads > 1) {
            if let deadline = sweeper.context.deadline, clock.now() >= deadline { return false }
            let proposals = propose(batch.map { spans[$0] }, from: state, solver: solver, guide: guide, sweeper.context)
            guide = proposals.last!.guide
            for proposal in proposals {
                sweeper.windows += 1
                if apply(proposal, to: &state, sweeper.context) { sweeper.improved += 1 }
            }
        }
        return true
    }

    /// The order of `count` windows, each starting half a window after the last, in batches
    /// solved at once: with `parallel`, a window and the one three further on (half a window
    /// apart, so that no contact meets both), 0 and 3, 1 and 4, 2 and 5, 6 and 9, …; else
    /// one at a time.
    static func windowBatches(count: Int, parallel: Bool) -> [[Int]] {
        guard parallel else { return (0..<count).map { [$0] } }
        var batches: [[Int]] = []
        for first in stride(from: 0, to: count, by: 6) {
            for index in first..<min(first + 3, count) { batches.append([index, index + 3].filter { $0 < count }) }
        }
        return batches
    }

    /// The proposals of `windows` (solved at once, one thread each), all from `state`.
    func propose(
        _ windows: [MilliSpan], from state: SearchState, solver: CBCSolver, guide: LagrangianGuide,
        _ context: WindowContext
    ) -> [WindowProposal] {
        if windows.count == 1 {
            return [propose(windows[0], from: state, solver: solver, guide: guide, context, threads: options.threads)]
        }
        let halves = context.halved(at: state)
        var proposals = [WindowProposal?](repeating: nil, count: windows.count)
        proposals.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: windows.count) { index in
                slots.base[index] = propose(
                    windows[index], from: state, solver: solver, guide: guide, halves, threads: 1)
            }
        }
        return proposals.map { $0! }
    }

    /// Re-chooses `state`'s contacts meeting `window` (those of `context.keeps` excepted)
    /// exactly, over the window's support, with the rest fixed.
    func propose(
        _ window: MilliSpan, from state: SearchState, solver: CBCSolver, guide: LagrangianGuide,
        _ context: WindowContext, threads: Int
    ) -> WindowProposal {
        let full = state.set
        func meets(_ id: Int) -> Bool {
            let busy = full.candidates[id].busy
            return busy.start < window.end && busy.end > window.start && !context.keeps[id]
        }
        var fixed = SearchState(set: full)
        var current: [Int32] = []
        for id in state.chosen {
            if meets(Int(id)) { current.append(id) } else { fixed.insert(id) }
        }
        var relaxed = guide.residual(after: fixed)
        for id in relaxed.available.indices where relaxed.available[id] && !meets(id) {
            relaxed.available[id] = false
        }
        if let floorMillis = context.floorMillis {
            let rest = floorMillis.indices.map {
                max(0, max(min(floorMillis[$0], context.held[$0]), context.targetMillis?[$0] ?? 0) - fixed.received[$0])
            }
            relaxed.enforce(.floor(rest), delivered: fixed.delivered)
        }
        let ones = [Double](repeating: 1, count: full.accountCount)
        let target = max(1, state.value - fixed.value)
        var support = Set(current)
        for iteration in 0..<Self.windowIterations {
            _ = relaxed.iterate(weights: ones, target: target, threads: threads)
            if iteration >= Self.windowIterations - 20 {
                support.formUnion(relaxed.nearOptimal(within: Self.windowSlack))
            }
        }
        if let targetMillis = context.targetMillis {
            support.formUnion(shortCandidates(of: relaxed, below: targetMillis, at: state))
        }
        var proposal = WindowProposal(current: current, chosen: nil, guide: relaxed)
        let program = WindowProgram(
            fixed: fixed, free: support.sorted(), floorMillis: context.floorMillis, held: context.held,
            targetMillis: context.targetMillis, penalty: context.penalty)
        let start = program.candidates.map { state.selected[Int($0)] }
        // CBC checks its limit between nodes and may run over it by a second or so.
        let left = context.deadline.map { Double($0 - min($0, clock.now())) / 1e9 } ?? .infinity
        let seconds = min(Self.windowSeconds, left)
        let solved = seconds > 0.05 ? solver.solve(program, seconds: seconds, start: start) : nil
        if !program.targets.isEmpty {
            trace(
                "window at \(window.start / 3_600_000) h: \(program.candidates.count) columns, "
                    + "shortfall \(program.shortfall(of: start)) -> \(solved.map(program.shortfall) ?? -1) s", 0)
        }
        guard let choice = solved, program.worth(of: choice) > program.worth(of: start) + 1e-6
        else { return proposal }
        proposal.chosen = choice.indices.filter { choice[$0] }.map { program.candidates[$0] }
        return proposal
    }

    /// Replaces the proposal's window contacts in `state` with its choice when every choice
    /// still fits, every floor holds and the worth grows (less the price of the time below a
    /// lowering target, `WindowContext.score`); true when it did.
    func apply(_ proposal: WindowProposal, to state: inout SearchState, _ context: WindowContext) -> Bool {
        guard let chosen = proposal.chosen else { return false }
        let before = context.score(state)
        let mark = state.mark()
        defer { state.commit() }
        for id in proposal.current where state.selected[Int(id)] { state.remove(id) }
        for id in chosen {
            // Against the state it was solved from, the program holds every rule; a window
            // solved beside another may meet that one's new contacts.
            guard state.fits(id) else {
                state.undo(to: mark)
                return false
            }
            state.insert(id)
        }
        let breaksFloor =
            context.floorMillis.map { floor in
                floor.indices.contains { state.received[$0] < min(floor[$0], context.held[$0]) }
            } ?? false
        if breaksFloor || context.score(state) <= before + 1e-6 {
            state.undo(to: mark)
            return false
        }
        return true
    }

    /// The objective of placed contacts: tracking seconds times their requests' weights.
    func worth(_ placed: [Stretcher.Placed]) -> Double {
        placed.reduce(0) { $0 + Double($1.track.length) / 1000 * problem.requests[$1.request].weight }
    }
}
