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
    /// exactly with the rest fixed (``WindowProgram``, solved by CBC), over a support of the
    /// window's candidates: the contacts it has and the candidates on near-optimal paths of the
    /// relaxation of what is left (``LagrangianGuide/nearOptimal(within:)``). Array candidates
    /// other than the window's own contacts stay out: the relaxation does not price them, and
    /// with them a day window has three times the columns and takes five times as long. Every
    /// account keeps `floorMillis` (or what it receives now, when less). A window's choice
    /// replaces its contacts only when it is worth more; the result is stretched again.
    /// Returns `placed` unchanged when the build has no solver or nothing improves.
    func exactWindows(
        _ placed: [Stretcher.Placed], over set: CandidateSet, floorMillis: [Int]?, deadline: UInt64?,
        started: UInt64
    ) -> [Stretcher.Placed] {
        guard WindowProgram.isSolvable, !placed.isEmpty else { return placed }
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
        guard state.chosen.count == placed.count else { return placed }
        let held = state.received
        let startValue = state.value
        var guide = LagrangianGuide(set: full)
        let keeps = full.candidates.map { problem.requests[Int($0.request)].minContacts > 1 }
        var windows = 0
        var improved = 0
        let last = full.candidates.reduce(0) { max($0, $1.busy.end) }
        sweeps: for hours in Self.windowSweeps {
            let before = state.value
            for low in stride(from: 0, to: last, by: hours * 1_800_000) {
                if let deadline, clock.now() >= deadline { break sweeps }
                let window = MilliSpan(low, low + hours * 3_600_000)
                windows += 1
                if improveWindow(
                    window, of: &state, guide: &guide, keeps: keeps, floorMillis: floorMillis, held: held,
                    deadline: deadline)
                {
                    improved += 1
                }
            }
            trace("exact windows of \(hours) h: \(before) -> \(state.value)", started)
        }
        trace("exact windows: \(windows) solved, \(improved) improved, \(startValue) -> \(state.value)", started)
        guard state.value > startValue + 1e-6 else { return placed }
        let regrown = grown(state)
        return worth(regrown) >= worth(placed) ? regrown : placed
    }

    /// Re-chooses `state`'s contacts meeting `window` exactly (those of `keeps` excepted);
    /// true when the window's worth grew.
    func improveWindow(
        _ window: MilliSpan, of state: inout SearchState, guide: inout LagrangianGuide, keeps: [Bool],
        floorMillis: [Int]?,
        held: [Int], deadline: UInt64?
    ) -> Bool {
        let full = state.set
        func meets(_ id: Int) -> Bool {
            let busy = full.candidates[id].busy
            return busy.start < window.end && busy.end > window.start && !keeps[id]
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
        if let floorMillis {
            let rest = floorMillis.indices.map { max(0, min(floorMillis[$0], held[$0]) - fixed.received[$0]) }
            relaxed.enforce(.floor(rest), delivered: fixed.delivered)
        }
        let ones = [Double](repeating: 1, count: full.accountCount)
        let target = max(1, state.value - fixed.value)
        var support = Set(current)
        for iteration in 0..<Self.windowIterations {
            _ = relaxed.iterate(weights: ones, target: target, threads: options.threads)
            if iteration >= Self.windowIterations - 20 {
                support.formUnion(relaxed.nearOptimal(within: Self.windowSlack))
            }
        }
        // The next window starts from these multipliers (it shares half of this one).
        guide.cliquePrice = relaxed.cliquePrice
        guide.countPrice = relaxed.countPrice
        guide.totalPrice = relaxed.totalPrice
        let program = WindowProgram(fixed: fixed, free: support.sorted(), floorMillis: floorMillis, held: held)
        let start = program.candidates.map { state.selected[Int($0)] }
        // CBC checks its limit between nodes and may run over it by a second or so.
        let seconds = min(Self.windowSeconds, deadline.map { Double($0 - min($0, clock.now())) / 1e9 } ?? .infinity)
        guard seconds > 0.05, let choice = program.solved(seconds: seconds, start: start),
            program.worth(of: choice) > program.worth(of: start) + 1e-6
        else { return false }
        let before = state.value
        let mark = state.mark()
        defer { state.commit() }
        for id in current { state.remove(id) }
        for (column, chosen) in choice.enumerated() where chosen {
            let id = program.candidates[column]
            // The program holds every rule: a candidate that does not fit, or a floor broken,
            // would be a defect of the program, never a contact.
            guard state.fits(id) else {
                state.undo(to: mark)
                return false
            }
            state.insert(id)
        }
        let breaksFloor =
            floorMillis.map { floor in floor.indices.contains { state.received[$0] < min(floor[$0], held[$0]) } }
            ?? false
        if breaksFloor || state.value <= before + 1e-6 {
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
