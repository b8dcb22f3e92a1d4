import Orbits
import Scheduling
import Testing

/// The re-planner completes a request short of its minimum number of contacts, as the solver
/// does, when none of its announced contacts is kept.
@Suite("Re-planning: a standing order's minimum number of contacts")
struct ReplanMinimumContactsTests {
    @Test("r arrives wanting at least 3 contacts 700 s apart: 3 placed beside q's announced pass (1550 s)")
    func completesNewRequest() throws {
        // The problem of GapMinimumTwoAntennaTests with `least` 3: its exact best is 1550 s, q's
        // 650 s and 900 s of r over A, B, A. Only q's pass was announced.
        let problem = GapMinimumTwoAntennaTests.problem(least: 3)
        let announced = Schedule(contacts: [Fixture.contact("q", "B", 1150, 1800)])
        let result = try ReplanFixture.replan(problem, announced: announced, frozenUntil: 0)
        let ofR = result.schedule.contacts.filter { $0.request == "r" }
        #expect(ofR.count == 3)
        #expect(Set(ofR.map(\.resource)) == ["A", "B"])
        #expect(abs(ofR.reduce(0.0) { $0 + $1.durationSeconds } - 900) < 1e-6)
        #expect(result.schedule.contacts.contains(Fixture.contact("q", "B", 1150, 1800)))
        #expect(result.changes.moved == 0)
        #expect(result.changes.added.count == 3)
    }
}
