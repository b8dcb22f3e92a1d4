import Testing

@testable import Scheduling

/// The settling phase's recreate (`SearchChain.restoring`, `restoreGuarantee`): under a
/// mission floor, a ruin gives the missions it left short their candidates back before the free
/// time is filled, so that the search can repack a schedule the throughput recreate would only
/// break.
@Suite("Solver: settling under a floor")
struct SettleTests {
    /// One antenna over 2100 s. Mission m1: r on [0, 1000] and t on [1000, 2050] (full passes);
    /// mission m2: q on [500, 1400] and s on [1000, 2000]. The floor asks m2 for 800 s. The
    /// throughput recreate takes r + t (2050 s, m2 left with nothing); under the floor the best
    /// is r + s (2000 s, m2 1000 s); the start, q alone, serves 900 s.
    static func problem() -> ScheduleProblem {
        let horizon = 2_100.0
        var requests = [
            Fixture.pass("r", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("t", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("q", partner: "p", contacts: 1, horizon: horizon),
            Fixture.pass("s", partner: "p", contacts: 1, horizon: horizon),
        ]
        for index in requests.indices { requests[index].mission = index < 2 ? "m1" : "m2" }
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")],
            spacecraft: ["r", "t", "q", "s"].map { .init(id: $0) },
            requests: requests,
            viewPeriods: [
                Fixture.periods("r", "A", [(0, 1000)]), Fixture.periods("t", "A", [(1000, 2050)]),
                Fixture.periods("q", "A", [(500, 1400)]), Fixture.periods("s", "A", [(1000, 2000)]),
            ])
    }

    /// A chain on `problem()`, accounts by mission, with the floor asking `m2Floor` ms of m2;
    /// `q` chosen when `withQ`.
    static func chain(m2Floor: Int, withQ: Bool, seed: UInt64) throws -> SearchChain {
        let set = CandidateSet(problem: try CompiledProblem(problem()), byMission: true)
        var chain = SearchChain(
            state: SearchState(set: set), random: SplitMix(seed: seed), weights: [1, 1],
            guarantee: .floor([0, m2Floor]))
        if withQ { chain.state.insert(Int32(set.candidates.firstIndex { $0.request == 2 }!)) }
        return chain
    }

    /// `chain(m2Floor: 800_000, withQ: false, seed:)` with r and t chosen: m1 has 2050 s, m2
    /// nothing.
    static func chainOnRAndT(seed: UInt64) throws -> SearchChain {
        var chain = try chain(m2Floor: 800_000, withQ: false, seed: seed)
        for request: Int32 in [0, 1] { chain.state.insert(candidate(of: request, in: chain)) }
        return chain
    }

    /// The candidate of request `request` (every request here has one).
    static func candidate(of request: Int32, in chain: SearchChain) -> Int32 {
        Int32(chain.state.set.candidates.firstIndex { $0.request == request }!)
    }

    /// The requests (indices) of the chain's contacts.
    static func requests(_ chain: SearchChain) -> [Int32] {
        chain.state.chosen.map { chain.state.set.candidates[Int($0)].request }
    }

    /// A chain on `q` alone with the floor (m2 at least 800 s), restoring or not, after 60 moves.
    static func settled(restoring: Bool) throws -> SearchState {
        var chain = try chain(m2Floor: 800_000, withQ: true, seed: 7)
        #expect(chain.state.delivered == 900_000)
        chain.restoring = restoring
        for _ in 0..<60 { chain.ruinAndRecreate() }
        return chain.state
    }

    @Test("restoring, the search repacks to r + s (2000 s) and m2 keeps its floor")
    func repacks() throws {
        let state = try Self.settled(restoring: true)
        #expect(state.delivered == 2_000_000)
        #expect(state.received == [1_000_000, 1_000_000])
    }

    @Test("without restoring, every recreate breaks the floor and is undone: q alone stays")
    func throughputRecreateIsStuck() throws {
        let state = try Self.settled(restoring: false)
        #expect(state.delivered == 900_000)
        #expect(state.received == [0, 900_000])
    }

    @Test("an aimed ruin puts the short mission's candidate in, removing what blocks it")
    func aimedRuin() throws {
        // q (900 s) alone, m2 asked for 1000 s: s is m2's only candidate not chosen, and q blocks it.
        var chain = try Self.chain(m2Floor: 1_000_000, withQ: true, seed: 3)
        let touched = chain.makeRoomForShort()
        #expect(touched == [0])
        #expect(Self.requests(chain) == [3])
        #expect(chain.state.received == [0, 1_000_000])
        // Nobody short: no aimed ruin.
        let none = chain.makeRoomForShort()
        #expect(none == nil)
    }

    @Test("an aimed ruin's cost: time a partner can spare counts once, time below its floor four times")
    func aimCost() throws {
        // s is blocked by t (1050 s).
        let chain = try Self.chainOnRAndT(seed: 1)
        let s = Self.candidate(of: 3, in: chain)
        #expect(chain.aimCost(of: s, guarantee: .floor([0, 800_000])) == 1_050_000)
        // m1 asked for 1500 s: 550 s to spare, so 500 s of t's 1050 s take it below its floor.
        #expect(chain.aimCost(of: s, guarantee: .floor([1_500_000, 800_000])) == 1_050_000 + 3 * 500_000)
    }

    @Test("a kick forces the short mission's candidate in even when the score drops")
    func kickForcesIn() throws {
        // m1 must keep 2000 s, m2 asks 800 s. Putting s in (t out) leaves m1 short by 1000 s
        // against m2's 800 s gained: no move takes it, the kick does.
        var chain = try Self.chainOnRAndT(seed: 5)
        chain.guarantee = .floor([2_000_000, 800_000])
        let before = chain.score
        chain.kick()
        #expect(Self.requests(chain).sorted() == [0, 3])
        #expect(chain.state.received == [1_000_000, 1_000_000])
        #expect(chain.score < before)
    }

    @Test("restoreGuarantee gives a short mission its most valuable candidate that fits")
    func restoresMostValuable() throws {
        var chain = try Self.chain(m2Floor: 800_000, withQ: false, seed: 1)
        chain.restoreGuarantee()
        // s (1000 s) before q (900 s); one is enough.
        #expect(Self.requests(chain) == [3])
        #expect(chain.state.received == [0, 1_000_000])
    }
}
