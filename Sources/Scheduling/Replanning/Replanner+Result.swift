import Dispatch

extension Replanner {
    /// The result of a repaired selection: flexible new contacts stretched into free time (never
    /// into the frozen horizon), kept contacts exactly as announced, the changes counted.
    func result(_ selection: SearchState, setup: Setup, epochs: Int, started: UInt64) -> ReplanResult {
        var state = selection
        // A request short of its minimum number of contacts is completed, as the solver does,
        // when none of its announced contacts is kept (so no announced contact moves); else it
        // is dropped.
        var keepsAnnounced = [Bool](repeating: false, count: problem.requests.count)
        for id in state.chosen where Int(id) >= setup.firstAnnounced {
            keepsAnnounced[Int(setup.set.candidates[Int(id)].request)] = true
        }
        state.completingShortRequests(guarantee: searchGuarantee, mayComplete: { !keepsAnnounced[$0] })
        state.droppingShortRequests()
        var keptContacts: [Identity: Contact] = [:]
        var frozenKept: [Contact] = []
        var frozenDropped: [Contact] = []
        for (index, contact) in announced.contacts.enumerated() {
            let id = setup.announcedIDs[index]
            let selected = id.map { state.selected[Int($0)] } ?? false
            if let id, selected { keptContacts[Identity(setup.set.candidates[Int(id)])] = contact }
            if setup.frozen[index] {
                if selected { frozenKept.append(contact) } else { frozenDropped.append(contact) }
            }
        }
        let stretcher = Stretcher(state: state)
        let stretched = stretcher.stretched()
        var contacts: [Contact] = []
        for (index, placed) in stretched.enumerated() {
            let original = stretcher.placed[index]
            let identity = Identity(request: original.request, resource: original.resource, track: original.track)
            if let kept = keptContacts[identity] {
                contacts.append(kept)
                continue
            }
            let start = max(placed.track.start, min(original.track.start, setup.frozenMillis + placed.setup))
            contacts.append(
                Contact(
                    request: problem.requests[placed.request].id, resource: problem.resources[placed.resource].id,
                    start: problem.instant(start), end: problem.instant(placed.track.end)))
        }
        let schedule = Schedule(problem: problem.problem.name, contacts: contacts)
        let metrics = ScheduleMetrics(problem: problem, schedule: schedule, aloneSeconds: options.aloneSeconds)
        var result = ReplanResult(
            schedule: schedule, changes: ScheduleChanges(announced: announced, revised: schedule),
            invalidated: setup.invalidated, frozenKept: frozenKept, frozenDropped: frozenDropped, metrics: metrics,
            epochs: epochs, elapsedSeconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        if let floor = floorOutcome(
            served: Scheduler.servedMillis(stretched, requestCount: problem.requests.count), setup: setup)
        {
            result.floorHolds = floor.holds
            result.floorShortfalls = floor.short
        }
        return result
    }
}
