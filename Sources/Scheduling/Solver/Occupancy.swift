/// What keeps each antenna busy in a schedule of placed contacts, with its downtime: the
/// free time around a contact, and the gaps on a resource (every member free), for growing a
/// candidate set around a schedule (`CandidateSet.refined(around:)`).
struct Occupancy {
    /// One busy span on an antenna: a contact's busy time (`owner` its index among the
    /// placed contacts) or downtime (`owner` -1).
    struct Entry {
        var busy: MilliSpan
        var owner: Int
    }

    let problem: CompiledProblem
    /// For each antenna, its busy spans by start.
    let entries: [[Entry]]

    init(problem: CompiledProblem, placed: [Stretcher.Placed]) {
        self.problem = problem
        var entries = problem.antennas.map { antenna in antenna.downtime.map { Entry(busy: $0, owner: -1) } }
        for (number, contact) in placed.enumerated() {
            for member in problem.resources[contact.resource].members {
                entries[member].append(Entry(busy: contact.busy, owner: number))
            }
        }
        self.entries = entries.map { $0.sorted { $0.busy < $1.busy } }
    }

    /// The free time around `busy` on every member of `resource`, ignoring the placed contact
    /// `except`: from the latest end before it to the earliest start after it (the horizon's
    /// ends when there is none).
    func free(around busy: MilliSpan, on resource: Int, except: Int) -> MilliSpan {
        var lower = 0
        var upper = problem.horizonMillis
        for member in problem.resources[resource].members {
            for entry in entries[member] where entry.owner != except {
                if entry.busy.end <= busy.start {
                    lower = max(lower, entry.busy.end)
                } else if entry.busy.start >= busy.end {
                    upper = min(upper, entry.busy.start)
                    break
                }
            }
        }
        return MilliSpan(lower, max(lower, upper))
    }

    /// The spans of the horizon in which every member of `resource` is free, in time order.
    func gaps(on resource: Int) -> [MilliSpan] {
        Self.gaps(
            between: problem.resources[resource].members.flatMap { entries[$0].map(\.busy) },
            horizon: problem.horizonMillis)
    }

    /// The spans of `0 ..< horizon` that none of `busy` (in any order, overlaps allowed)
    /// covers, in time order.
    static func gaps(between busy: [MilliSpan], horizon: Int) -> [MilliSpan] {
        var gaps: [MilliSpan] = []
        var cursor = 0
        for span in busy.sorted() {
            if span.start > cursor { gaps.append(MilliSpan(cursor, min(span.start, horizon))) }
            cursor = max(cursor, span.end)
            if cursor >= horizon { break }
        }
        if cursor < horizon { gaps.append(MilliSpan(cursor, horizon)) }
        return gaps.filter { $0.length > 0 }
    }
}
