/// Stretches the flexible contacts of a selection into the free time around them: each is
/// extended later, then earlier, as far as its view period, its request's longest contact and
/// total, the next and previous contacts on its antennas (with setup and teardown), downtime,
/// reservations, its spacecraft's other contacts and its request's minimum gap allow.
/// Full-pass contacts stay as chosen.
struct Stretcher {
    /// A contact being placed.
    struct Placed: Sendable, Hashable {
        /// Index of the request.
        var request: Int
        /// Index of the resource.
        var resource: Int
        /// Tracking time, milliseconds.
        var track: MilliSpan
        /// Setup before and teardown after, milliseconds.
        var setup: Int
        var teardown: Int

        /// Antenna busy time.
        var busy: MilliSpan { MilliSpan(track.start - setup, track.end + teardown) }

        /// The schedule entry of this contact.
        func contact(in problem: CompiledProblem) -> Contact {
            Contact(
                request: problem.requests[request].id, resource: problem.resources[resource].id,
                start: problem.instant(track.start), end: problem.instant(track.end))
        }
    }

    let problem: CompiledProblem
    var placed: [Placed]

    /// The chosen contacts of `state`, in tracking-start order.
    init(state: SearchState) {
        problem = state.set.problem
        placed = state.chosen.map { Placed(state.set.candidates[Int($0)]) }.sorted {
            $0.track != $1.track ? $0.track < $1.track : $0.resource < $1.resource
        }
    }

    /// Contacts already placed (in tracking-start order).
    init(problem: CompiledProblem, placed: [Placed]) {
        self.problem = problem
        self.placed = placed
    }

    /// The contacts after stretching, in the same order.
    func stretched() -> [Placed] {
        var placed = self.placed
        var total = [Int](repeating: 0, count: problem.requests.count)
        for contact in placed { total[contact.request] += contact.track.length }
        for index in placed.indices {
            let contact = placed[index]
            let request = problem.requests[contact.request]
            guard !request.fullPass,
                let period = request.periods.first(where: {
                    $0.resource == contact.resource && $0.span.contains(contact.track)
                })?.span
            else { continue }
            let members = problem.resources[contact.resource].members
            let craft = request.spacecraft
            let others = placed.indices.filter { other in
                other != index
                    && (problem.resources[placed[other].resource].members.contains { members.contains($0) }
                        || (!problem.simultaneous[craft] && problem.requests[placed[other].request].spacecraft == craft)
                        || placed[other].request == contact.request)
            }
            // The longest this contact may become: its request's longest contact, and what the
            // request's total leaves once its other contacts are counted (never past the period).
            let othersTotal = total[contact.request] - contact.track.length
            let cap = min(request.maxLengthMillis, request.maxTotalMillis - othersTotal, period.length)
            var end = min(period.end, contact.track.start + cap)
            for other in others {
                end = min(end, limit(after: contact, other: placed[other], members: members, craft: craft))
            }
            end = min(end, blockedAfter(contact, members: members, partner: request.partner) - contact.teardown)
            end = max(end, contact.track.end)
            var start = max(period.start, end - cap)
            for other in others {
                start = max(start, limit(before: contact, other: placed[other], members: members, craft: craft))
            }
            start = max(start, blockedBefore(contact, members: members, partner: request.partner) + contact.setup)
            start = min(start, contact.track.start)
            total[contact.request] += (end - start) - contact.track.length
            placed[index].track = MilliSpan(start, end)
        }
        return placed
    }

    /// The latest tracking end `contact` may reach before `other` (which starts after it).
    func limit(after contact: Placed, other: Placed, members: [Int], craft: Int) -> Int {
        guard other.track.start >= contact.track.end || other.busy.start >= contact.busy.end else { return Int.max }
        var bound = Int.max
        if problem.resources[other.resource].members.contains(where: { members.contains($0) }) {
            bound = min(bound, other.busy.start - contact.teardown)
        }
        if problem.requests[other.request].spacecraft == craft { bound = min(bound, other.track.start) }
        if other.request == contact.request {
            bound = min(bound, other.track.start - problem.requests[contact.request].minGapMillis)
        }
        return bound
    }

    /// The earliest tracking start `contact` may reach after `other` (which ends before it).
    func limit(before contact: Placed, other: Placed, members: [Int], craft: Int) -> Int {
        guard other.track.end <= contact.track.start || other.busy.end <= contact.busy.start else { return Int.min }
        var bound = Int.min
        if problem.resources[other.resource].members.contains(where: { members.contains($0) }) {
            bound = max(bound, other.busy.end + contact.setup)
        }
        if problem.requests[other.request].spacecraft == craft { bound = max(bound, other.track.end) }
        if other.request == contact.request {
            bound = max(bound, other.track.end + problem.requests[contact.request].minGapMillis)
        }
        return bound
    }

    /// The first downtime or foreign reservation start at or after the contact's busy end.
    func blockedAfter(_ contact: Placed, members: [Int], partner: Int) -> Int {
        var bound = Int.max
        for member in members {
            let antenna = problem.antennas[member]
            let spans = antenna.downtime + (antenna.owner == partner ? [] : antenna.reservations)
            for span in spans where span.start >= contact.busy.end { bound = min(bound, span.start) }
        }
        return bound
    }

    /// The last downtime or foreign reservation end at or before the contact's busy start.
    func blockedBefore(_ contact: Placed, members: [Int], partner: Int) -> Int {
        var bound = Int.min
        for member in members {
            let antenna = problem.antennas[member]
            let spans = antenna.downtime + (antenna.owner == partner ? [] : antenna.reservations)
            for span in spans where span.end <= contact.busy.start { bound = max(bound, span.end) }
        }
        return bound
    }
}

extension Stretcher.Placed {
    /// The contact of `candidate`: its track, with the setup and teardown of its busy span.
    init(_ candidate: Candidate) {
        self.init(
            request: Int(candidate.request), resource: Int(candidate.resource), track: candidate.track,
            setup: candidate.track.start - candidate.busy.start, teardown: candidate.busy.end - candidate.track.end)
    }
}
