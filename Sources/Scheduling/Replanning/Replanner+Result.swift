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
        // Kept contacts as announced; new ones stretched, never into the frozen horizon.
        var placed: [Stretcher.Placed] = []
        var kept: [Contact?] = []
        for (index, grown) in stretched.enumerated() {
            let original = stretcher.placed[index]
            let identity = Identity(request: original.request, resource: original.resource, track: original.track)
            if let contact = keptContacts[identity] {
                placed.append(original)
                kept.append(contact)
                continue
            }
            var contact = grown
            let start = max(grown.track.start, min(original.track.start, setup.frozenMillis + grown.setup))
            contact.track = MilliSpan(start, grown.track.end)
            placed.append(contact)
            kept.append(nil)
        }
        placed = keepingGuarantee(placed, fixed: Set(kept.indices.filter { kept[$0] != nil }), searched: state)
        let contacts = placed.indices.map { index in
            kept[index]
                ?? Contact(
                    request: problem.requests[placed[index].request].id,
                    resource: problem.resources[placed[index].resource].id,
                    start: problem.instant(placed[index].track.start), end: problem.instant(placed[index].track.end))
        }
        let schedule = Schedule(problem: problem.problem.name, contacts: contacts)
        let metrics = ScheduleMetrics(problem: problem, schedule: schedule, aloneSeconds: options.aloneSeconds)
        var result = ReplanResult(
            schedule: schedule, changes: ScheduleChanges(announced: announced, revised: schedule),
            invalidated: setup.invalidated, frozenKept: frozenKept, frozenDropped: frozenDropped, metrics: metrics,
            epochs: epochs, elapsedSeconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        result.aloneSeconds = floorMillis == nil ? options.aloneSeconds : nil
        if let floor = floorOutcome(
            served: Scheduler.servedMillis(placed, requestCount: problem.requests.count), setup: setup)
        {
            result.floorHolds = floor.holds
            result.floorShortfalls = floor.short
        }
        return result
    }
}

extension Replanner {
    /// `placed` (the repair's contacts after stretching) with the growth trimmed back
    /// (`GrowthTrim`) when it breaks a partner guarantee the repair's selection `searched`
    /// held: the stretch takes time from no one, but the share part of every guarantee grows
    /// with the total delivered. The contacts at `fixed` (announced, kept as announced) are
    /// never trimmed. Mission floors cannot break so and are left alone.
    func keepingGuarantee(_ placed: [Stretcher.Placed], fixed: Set<Int>, searched: SearchState) -> [Stretcher.Placed] {
        guard let guarantee = searchGuarantee, !guarantee.fixed,
            guarantee.holds(received: searched.received, delivered: searched.delivered),
            !guarantee.holds(
                received: Scheduler.receivedMillis(placed, problem: problem), delivered: placed.trackingMillis)
        else { return placed }
        return GrowthTrim(problem: problem, guarantee: guarantee).trimmed(
            placed, baseReceived: searched.received, baseDelivered: searched.delivered, fixed: fixed)
    }
}
