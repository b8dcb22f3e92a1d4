extension CandidateSet {
    /// The set grown by the candidates a schedule suggests, with the schedule's contacts in it.
    struct Refinement: Sendable {
        /// The grown set: the old candidates (same ids) followed by the new ones.
        var set: CandidateSet
        /// The schedule's contacts as candidates of the grown set, each stretched into the free
        /// time around it.
        var chosen: [Int32]
        /// Candidates added.
        var added: Int
    }

    /// Grows the set around the schedule of `state` (a state over this set), so that the
    /// search can place flexible tracks where the grid has none:
    /// - every contact stretched into the free time around it (`Stretcher`);
    /// - for every gap the stretched schedule and the downtime leave on a resource, and every
    ///   flexible request with a usable period there, the longest track the gap and period
    ///   allow against the gap's start and against its end, and the same at the length the
    ///   request still lacks;
    /// - for every flexible contact, its request's longest track and a track of the contact's
    ///   own length in the free time around it, against each end (the contact grown or
    ///   shifted), and its track on each of its request's other resources (the contact moved);
    /// - for every flexible contact longer than its request's minimum, the contact cut to the
    ///   minimum against either end, and in the time the cut frees, against it, the longest
    ///   track of each request that still lacks time and the length it lacks (a long track
    ///   trimmed to let another in: no gap of the schedule suggests these).
    ///
    /// The old candidates keep their ids, so schedules and alone schedules over this set stay
    /// valid in the grown one.
    func refined(around state: SearchState) -> Refinement {
        let placed = Stretcher(state: state).stretched()
        // Every track tried, with its id in the grown set (-1 for one no antenna allows).
        var known = keyIndex()
        var added: [Candidate] = []
        var served = [Int](repeating: 0, count: problem.requests.count)
        for contact in placed { served[contact.request] += contact.track.length }

        func add(request index: Int, period: UsablePeriod, track: MilliSpan) {
            let request = problem.requests[index]
            let key = Key(request: index, resource: period.resource, track: track)
            guard track.length >= max(request.minLengthMillis, 1), track.length <= request.maxLengthMillis,
                track.length <= request.maxTotalMillis, period.span.contains(track), known[key] == nil
            else { return }
            let before = added.count
            Self.generate(
                request: index, model: request, period: period, track: track, problem: problem, into: &added,
                account: account(of: request))
            known[key] = added.count > before ? Int32(candidates.count + before) : -1
        }
        // Tracks of request `index` in the free span `free` of its period's antennas (and the
        // free span `craft` of its spacecraft), against each end.
        func fill(
            request index: Int, period: UsablePeriod, free: MilliSpan, lengths: [Int],
            craft: MilliSpan = MilliSpan(Int.min / 4, Int.max / 4)
        ) {
            let lo = max(period.span.start, free.start + period.setupMillis, craft.start)
            let hi = min(period.span.end, free.end - period.teardownMillis, craft.end)
            guard hi > lo else { return }
            for length in lengths where length > 0 {
                let length = min(length, hi - lo)
                add(request: index, period: period, track: MilliSpan(lo, lo + length))
                add(request: index, period: period, track: MilliSpan(hi - length, hi))
            }
        }

        let occupancy = Occupancy(problem: problem, placed: placed)
        var periodsOn = [[(request: Int, period: UsablePeriod)]](repeating: [], count: problem.resources.count)
        // Only the requests the set was built for (an account's own, in an alone search).
        for (index, request) in problem.requests.enumerated() where !request.fullPass && !byRequest[index].isEmpty {
            for period in request.periods { periodsOn[period.resource].append((index, period)) }
        }
        // A contact longer than its request's minimum cut to the minimum at either end, and in
        // the time that frees, against the cut contact, the tracks of the other requests that
        // still lack time: a long track trimmed to let another in, which no gap of the schedule
        // suggests (CP-SAT's W50 schedule trims 8 h split tracks to 4.4-6.8 h).
        func trim(_ contact: Stretcher.Placed, period: UsablePeriod, free: MilliSpan) {
            let request = problem.requests[contact.request]
            let minimum = max(request.minLengthMillis, 1)
            guard contact.track.length > minimum else { return }
            let head = MilliSpan(contact.track.start, contact.track.start + minimum)
            let tail = MilliSpan(contact.track.end - minimum, contact.track.end)
            add(request: contact.request, period: period, track: head)
            add(request: contact.request, period: period, track: tail)
            let freed = [
                MilliSpan(head.end + contact.teardown, free.end),
                MilliSpan(free.start, tail.start - contact.setup),
            ]
            for (side, span) in freed.enumerated() where span.length > 0 {
                for (index, other) in periodsOn[contact.resource]
                where index != contact.request && other.span.overlaps(span) {
                    let wanted = problem.requests[index]
                    let lacking = min(wanted.wantedMillis, wanted.maxTotalMillis) - served[index]
                    guard lacking > 0 else { continue }
                    let lo = max(other.span.start, span.start + other.setupMillis)
                    let hi = min(other.span.end, span.end - other.teardownMillis)
                    guard hi > lo else { continue }
                    for length in [wanted.maxLengthMillis, lacking] {
                        let length = min(length, hi - lo)
                        // Against the cut contact: after the head, before the tail.
                        let track = side == 0 ? MilliSpan(lo, lo + length) : MilliSpan(hi - length, hi)
                        add(request: index, period: other, track: track)
                    }
                }
            }
        }
        for (number, contact) in placed.enumerated() {
            let request = problem.requests[contact.request]
            guard !request.fullPass,
                let period = request.periods.first(where: {
                    $0.resource == contact.resource && $0.span.contains(contact.track)
                })
            else { continue }
            add(request: contact.request, period: period, track: contact.track)
            // The same track on the request's other resources: a contact moved to another
            // antenna keeps its request's time and frees its own.
            for other in request.periods where other.resource != contact.resource && other.span.contains(contact.track)
            {
                add(request: contact.request, period: other, track: contact.track)
            }
            let free = occupancy.free(around: contact.busy, on: contact.resource, except: number)
            fill(
                request: contact.request, period: period, free: free,
                lengths: [request.maxLengthMillis, contact.track.length])
            trim(contact, period: period, free: free)
        }
        let craftGaps = Self.craftGaps(placed: placed, problem: problem)
        for resource in problem.resources.indices where !periodsOn[resource].isEmpty {
            for free in occupancy.gaps(on: resource) {
                for (index, period) in periodsOn[resource] where period.span.overlaps(free) {
                    let request = problem.requests[index]
                    let lacking = min(request.wantedMillis, request.maxTotalMillis) - served[index]
                    let lengths = [request.maxLengthMillis, lacking]
                    fill(request: index, period: period, free: free, lengths: lengths)
                    // The same in each free span of the spacecraft: tracks that meet its other
                    // contacts end to end.
                    for craft in craftGaps[request.spacecraft] where craft.overlaps(free) && craft.overlaps(period.span)
                    {
                        fill(request: index, period: period, free: free, lengths: lengths, craft: craft)
                    }
                }
            }
        }

        let grown =
            added.isEmpty ? self : CandidateSet(problem: problem, given: candidates + added, byMission: byMission)
        let chosen = placed.compactMap { contact in
            known[Key(request: contact.request, resource: contact.resource, track: contact.track)].flatMap {
                $0 >= 0 ? $0 : nil
            }
        }
        return Refinement(set: grown, chosen: chosen, added: added.count)
    }

    /// The set with the candidates of `schedules` it lacks appended (the old ids kept), and
    /// each schedule as ids of that set: for bringing schedules found over other sets (an
    /// account's alone schedule over its own grown set) into this one.
    func including(_ schedules: [[Candidate]]) -> (set: CandidateSet, schedules: [[Int32]]) {
        var index = keyIndex()
        var added: [Candidate] = []
        let ids = schedules.map { schedule in
            schedule.map { candidate -> Int32 in
                if let id = index[Key(candidate)] { return id }
                let id = Int32(candidates.count + added.count)
                index[Key(candidate)] = id
                added.append(candidate)
                return id
            }
        }
        let grown =
            added.isEmpty ? self : CandidateSet(problem: problem, given: candidates + added, byMission: byMission)
        return (grown, ids)
    }

    /// Each candidate's id by its key (the first, should two share one).
    func keyIndex() -> [Key: Int32] {
        var index = [Key: Int32](minimumCapacity: candidates.count + candidates.count / 2)
        for (id, candidate) in candidates.enumerated() where index[Key(candidate)] == nil {
            index[Key(candidate)] = Int32(id)
        }
        return index
    }

    /// For each spacecraft that may not be tracked twice at once, the spans of the horizon in
    /// which none of the placed contacts tracks it; an empty list for the others.
    static func craftGaps(placed: [Stretcher.Placed], problem: CompiledProblem) -> [[MilliSpan]] {
        var tracks = [[MilliSpan]](repeating: [], count: problem.simultaneous.count)
        for contact in placed { tracks[problem.requests[contact.request].spacecraft].append(contact.track) }
        return tracks.indices.map { craft in
            problem.simultaneous[craft] ? [] : Occupancy.gaps(between: tracks[craft], horizon: problem.horizonMillis)
        }
    }

    /// A candidate's identity: request, resource and tracking span (the re-planner's identity of
    /// an announced contact too).
    struct Key: Hashable {
        var request: Int32
        var resource: Int32
        var track: MilliSpan

        init(request: Int32, resource: Int32, track: MilliSpan) {
            self.request = request
            self.resource = resource
            self.track = track
        }

        /// The identity of a contact of request `request` on `resource` over `track`.
        init(request: Int, resource: Int, track: MilliSpan) {
            self.init(request: Int32(request), resource: Int32(resource), track: track)
        }

        init(_ candidate: Candidate) {
            self.init(request: candidate.request, resource: candidate.resource, track: candidate.track)
        }
    }
}
