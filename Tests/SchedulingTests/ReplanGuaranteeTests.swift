import Scheduling
import Testing

/// The re-planner keeps a partner guarantee its repair held through the final stretch
/// (`Replanner.keepingGuarantee`): stretching new contacts into free time takes time from no
/// one, but the share part of every guarantee grows with the total delivered.
@Suite("Re-planning keeps the partner guarantee")
struct ReplanGuaranteeTests {
    /// Two days on four antennas (`ShifterTests.weekLike`, seed 3), three partners (shares
    /// 0.5, 0.3, 0.2, requests dealt round-robin) at the default 5% tolerance, solved with the
    /// guarantee held; then antenna A3 is out from 40 000 s to 70 000 s and the schedule is
    /// repaired with the first 20 000 s frozen. Found in session 22 by a probe of 40 seeds:
    /// here the repair's selection held the guarantee and the stretched schedule did not (a
    /// partner 7.4% short); with the growth trimmed it holds. On 5 other seeds of the 40 the
    /// repair itself ends short (not asserted: the re-planner's search does not always reach
    /// the guarantee after an outage).
    @Test("the stretched repair still holds the guarantee its selection held")
    func stretchKeepsTheGuarantee() throws {
        var problem = ShifterTests.weekLike(seed: 3)
        let partners = ["p", "q", "r"]
        for index in problem.requests.indices { problem.requests[index].partner = partners[index % 3] }
        problem.partners = [.init(id: "p", share: 0.5), .init(id: "q", share: 0.3), .init(id: "r", share: 0.2)]
        let options = SchedulerOptions(
            seed: 3, timeLimitSeconds: nil, epochs: 6, movesPerEpoch: 20, threads: 2, enforceFairness: true)
        let solved = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        #expect(solved.metrics.guaranteeHolds)
        let changed = try problem.applying([.outage(antenna: "A3", span: Fixture.span(40_000, 70_000))])
        var replanOptions = ReplanOptions(
            timeLimitSeconds: nil, epochs: 6, threads: 2, aloneSeconds: solved.aloneSeconds)
        replanOptions.seed = 3
        let result = Replanner(
            problem: try CompiledProblem(changed), announced: solved.schedule, frozenUntil: Fixture.t(20_000),
            options: replanOptions
        ).replan()
        ReplanFixture.checkRepair(result, problem: changed, announced: solved.schedule, frozenUntil: 20_000)
        #expect(result.metrics.guaranteeHolds, "\(result.metrics.partners)")
        #expect(result.metrics.servedSeconds > 0)
    }
}
