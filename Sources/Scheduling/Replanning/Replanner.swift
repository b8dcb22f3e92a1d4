import Dispatch
import Orbits

/// Repairs an announced schedule after the problem changed — an antenna failed, a request
/// arrived or was withdrawn, a pass moved — changing as few announced contacts as it can.
///
/// The rules of the repair:
/// - **Frozen horizon.** An announced contact whose antenna time (setup included) starts
///   before `frozenUntil` — every contact in progress or about to start — is kept exactly as
///   announced; if the change forbids it (its antenna is down) it is dropped and reported
///   (`ReplanResult.frozenDropped`), never moved. No new or moved contact starts (setup
///   included) before `frozenUntil`.
/// - **Keep what is still valid.** Every announced contact the changed problem still allows
///   is worth its contact time plus `ReplanOptions.keepBonusSeconds`; a change that moves
///   announced contacts is made only when it gains more than the bonus for each one moved.
///   `ScheduleChanges` defines what counts as moved.
///
/// The method: with a partner guarantee, first each partner's alone time as the change
/// leaves it (`ReplanResult.aloneSeconds`); keep the frozen contacts and every valid
/// announced contact; fill the free time on every antenna (best responses that keep what is
/// there); try each candidate of the requests that lost a contact with what blocks it removed
/// (kept when the objective with bonuses rises); ejection chains (a forced-off contact takes
/// the place of contacts relocated to another antenna or pass); one round of best responses
/// with ejections; the relaxation, ejection chains again, then ruin-and-recreate for the
/// budget, with the entitlement guarantee (or the mission floor,
/// `ReplanOptions.missionFloorSeconds`) in the score when given. ``greedyRepair()`` is the
/// baseline: drop the forbidden contacts and re-insert the requests that lost one, greedily,
/// moving nothing else.
public struct Replanner: Sendable {
    /// The changed problem.
    public let problem: CompiledProblem
    /// The schedule announced before the change.
    public let announced: Schedule
    /// Contacts whose antenna time starts before this instant stay as announced.
    public let frozenUntil: Instant
    /// How the repair runs.
    public var options: ReplanOptions

    /// Prepares a repair of `announced` for the changed `problem`.
    public init(problem: CompiledProblem, announced: Schedule, frozenUntil: Instant, options: ReplanOptions = .init()) {
        self.problem = problem
        self.announced = announced
        self.frozenUntil = frozenUntil
        self.options = options
    }

    /// Repairs the schedule (see the type's description).
    public func replan() -> ReplanResult {
        let wall = DispatchTime.now().uptimeNanoseconds
        let started = clock.now()
        let setup = setup()
        let repair = afterChange(setup, started: started)
        var (chains, epochs) = repair.search(setup, started: started)
        repair.restoreFrozen(&chains[0].state, setup: setup)
        return repair.result(chains[0].state, setup: setup, epochs: epochs, started: wall)
    }

    /// The clock the budget runs on (wall-clock, or CPU time per thread with
    /// `ReplanOptions.cpuBudget`).
    var clock: SolverClock { SolverClock(cpu: options.cpuBudget, threads: max(1, options.threads)) }

    /// The baseline repair: the announced contacts the change forbids are dropped and the
    /// requests that lost one get new contacts greedily (their candidates, most valuable
    /// first, where they fit); nothing else moves and no free time is filled otherwise. With
    /// `ReplanOptions.aloneSeconds` it reports the guarantee against the alone times the change
    /// leaves, as ``replan()`` does, so that the two results compare.
    public func greedyRepair() -> ReplanResult {
        let started = DispatchTime.now().uptimeNanoseconds
        let setup = setup()
        let repair = afterChange(setup, started: clock.now())
        var state = repair.initialState(setup)
        repair.insertGreedily(&state, setup: setup)
        return repair.result(state, setup: setup, epochs: 0, started: started)
    }

    /// This repair held to the guarantee the change leaves possible: with
    /// `ReplanOptions.aloneSeconds` (and no mission floor), each partner's alone time capped by
    /// what it could still get alone after the change (`aloneAfterChange`).
    func afterChange(_ setup: Setup, started: UInt64) -> Replanner {
        var repair = self
        if floorMillis == nil, let given = options.aloneSeconds {
            repair.options.aloneSeconds = aloneAfterChange(setup, given: given, started: started)
        }
        return repair
    }

    /// Inserts the candidates of the requests that lost a contact or had none announced,
    /// request by request, most valuable first, wherever they fit.
    func insertGreedily(_ state: inout SearchState, setup: Setup) {
        for request in affectedRequests(setup, state: state) {
            let ids = setup.set.byRequest[request].filter { Int($0) < setup.firstAnnounced }.sorted {
                setup.set.candidates[Int($0)].value > setup.set.candidates[Int($1)].value
            }
            for id in ids where state.fits(id) { state.insert(id) }
        }
    }

    /// The selection with every frozen, then every other keepable announced contact (by
    /// start) that fits.
    func initialState(_ setup: Setup) -> SearchState {
        var state = SearchState(set: setup.set)
        let order = announced.contacts.indices.sorted {
            setup.frozen[$0] != setup.frozen[$1] ? setup.frozen[$0] : $0 < $1
        }
        for index in order {
            if let id = setup.announcedIDs[index], state.fits(id) { state.insert(id) }
        }
        return state
    }

    /// The requests that lost an announced contact (not kept in `state`) or had none announced
    /// (new requests among them), in order.
    func affectedRequests(_ setup: Setup, state: SearchState) -> [Int] {
        let announcedRequests = Set(announced.contacts.map(\.request))
        var affected = Set(problem.requests.indices.filter { !announcedRequests.contains(problem.requests[$0].id) })
        for (index, contact) in announced.contacts.enumerated() {
            guard let request = problem.requestIndex[contact.request] else { continue }
            if let id = setup.announcedIDs[index], state.selected[Int(id)] { continue }
            affected.insert(request)
        }
        return affected.sorted()
    }
}
