import Testing

@testable import Scheduling

/// `SearchChain.moveAcross`: a contact moved to another antenna at the same time, so that its
/// request keeps its time and the antenna it leaves serves another request.
@Suite("Solver: contacts moved across antennas")
struct MoveAcrossTests {
    @Test("r's pass moves from A to B (its time kept), and q, visible on A only, takes A")
    func movesAcross() throws {
        let horizon = 2_000.0
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p"), .init(id: "B", owner: "p")],
            spacecraft: [.init(id: "r"), .init(id: "q")],
            requests: [
                Fixture.pass("r", partner: "p", contacts: 1, horizon: horizon),
                Fixture.pass("q", partner: "p", contacts: 1, horizon: horizon),
            ],
            viewPeriods: [
                Fixture.periods("r", "A", [(100, 1100)]), Fixture.periods("r", "B", [(100, 1100)]),
                Fixture.periods("q", "A", [(500, 1500)]),
            ])
        let compiled = try CompiledProblem(problem)
        let set = CandidateSet(problem: compiled)
        let onA = Int32(set.candidates.firstIndex { $0.request == 0 && $0.resource == 0 }!)
        var chain = SearchChain(
            state: SearchState(set: set), random: SplitMix(seed: 1), weights: [1], guarantee: nil)
        chain.state.insert(onA)
        #expect(chain.state.delivered == 1_000_000)
        chain.moveAcross()
        let placed = chain.state.chosen.map { set.candidates[Int($0)] }
        #expect(placed.count == 2)
        #expect(placed.contains { $0.request == 0 && $0.resource == 1 && $0.track == MilliSpan(100_000, 1_100_000) })
        #expect(placed.contains { $0.request == 1 && $0.resource == 0 })
        #expect(chain.state.delivered == 2_000_000)
        // Nothing left to gain: a second pass changes nothing.
        let before = chain.state.chosen
        chain.moveAcross()
        #expect(chain.state.chosen == before)
    }
}
