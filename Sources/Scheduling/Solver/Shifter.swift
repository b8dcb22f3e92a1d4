/// Slides stretched contacts along their antennas and spacecraft to lengthen others: the time
/// that the stretcher cannot use because a neighbour sits too close, gathered where a contact
/// can grow into it.
///
/// Every contact keeps its antenna, view period, length or more, and its order among the
/// contacts it shares an antenna, spacecraft or request with (the precedence graph below); only
/// start times move. So no request, mission or partner ever loses time, and floors that held
/// still hold; a partner guarantee's share grows with the time delivered, so the solver trims
/// the growth where that one breaks (`GrowthTrim`). In that graph each contact's earliest start (everything
/// before it pushed left) and latest end (everything after it pushed right) bound how far it
/// can grow; the contact of the most unsatisfied mission that can grow is lengthened first,
/// its neighbours pushed only as far as needed, until none can grow. Growth only uses up
/// slack, so each contact grows at most once: at most one pass over the graph per contact.
///
/// On the DSN weeks (W10–W50 of 2018, after the solver's own stretch) it adds 2.1–4.3 h, the
/// optimum of the exact timing LP over the same orders (scipy/HiGHS,
/// `Benchmarks/scheduling/timing_lp.py`) to within 1 s. The LP may also shorten one contact to
/// lengthen two others; those trades are not made (docs/scheduling-log.md, session 14).
struct Shifter {
    /// A precedence: `to` starts tracking at least `gap` ms after `from` ends.
    struct Edge: Sendable {
        var from: Int
        var to: Int
        var gap: Int
    }

    let problem: CompiledProblem
    /// The contacts in a topological order of `edges` (tracking start).
    var placed: [Stretcher.Placed]
    /// Earliest track start and latest track end of each contact (view period, downtime,
    /// foreign reservations); a full-pass contact's own span.
    var lower: [Int]
    var upper: [Int]
    /// Incoming and outgoing precedences of each contact.
    var incoming: [[Edge]]
    var outgoing: [[Edge]]

    init(problem: CompiledProblem, placed: [Stretcher.Placed]) {
        self.problem = problem
        let placed = placed.sorted { $0.track != $1.track ? $0.track < $1.track : $0.resource < $1.resource }
        self.placed = placed
        let stretcher = Stretcher(problem: problem, placed: placed)
        lower = []
        upper = []
        for contact in placed {
            let request = problem.requests[contact.request]
            let period = request.periods.first {
                $0.resource == contact.resource && $0.span.contains(contact.track)
            }?.span
            guard !request.fullPass, let period else {
                lower.append(contact.track.start)
                upper.append(contact.track.end)
                continue
            }
            let members = problem.resources[contact.resource].members
            let before = stretcher.blockedBefore(contact, members: members, partner: request.partner)
            let after = stretcher.blockedAfter(contact, members: members, partner: request.partner)
            lower.append(
                min(contact.track.start, max(period.start, before == Int.min ? Int.min : before + contact.setup)))
            upper.append(max(contact.track.end, min(period.end, after == Int.max ? Int.max : after - contact.teardown)))
        }
        incoming = Array(repeating: [], count: placed.count)
        outgoing = Array(repeating: [], count: placed.count)
        for edge in Self.edges(problem: problem, placed: placed) {
            incoming[edge.to].append(edge)
            outgoing[edge.from].append(edge)
        }
    }

    /// The precedences between consecutive contacts on each antenna (teardown then setup), of
    /// each spacecraft that takes one contact at a time, and of each request (its minimum gap).
    static func edges(problem: CompiledProblem, placed: [Stretcher.Placed]) -> [Edge] {
        var onAntenna = [[Int]](repeating: [], count: problem.antennas.count)
        var ofCraft = [[Int]](repeating: [], count: problem.simultaneous.count)
        var ofRequest = [[Int]](repeating: [], count: problem.requests.count)
        for (index, contact) in placed.enumerated() {
            for member in problem.resources[contact.resource].members { onAntenna[member].append(index) }
            let craft = problem.requests[contact.request].spacecraft
            if !problem.simultaneous[craft] { ofCraft[craft].append(index) }
            ofRequest[contact.request].append(index)
        }
        var edges: [Edge] = []
        for chain in onAntenna {
            for (from, to) in zip(chain, chain.dropFirst()) {
                edges.append(Edge(from: from, to: to, gap: placed[from].teardown + placed[to].setup))
            }
        }
        for chain in ofCraft {
            for (from, to) in zip(chain, chain.dropFirst()) { edges.append(Edge(from: from, to: to, gap: 0)) }
        }
        for (request, chain) in ofRequest.enumerated() {
            let gap = problem.requests[request].minGapMillis
            guard gap > 0 else { continue }
            for (from, to) in zip(chain, chain.dropFirst()) { edges.append(Edge(from: from, to: to, gap: gap)) }
        }
        return edges
    }
}
