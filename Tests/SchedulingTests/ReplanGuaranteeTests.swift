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
    /// repair itself ended short: `outageLowersTheAloneCap`.
    @Test("the stretched repair still holds the guarantee its selection held")
    func stretchKeepsTheGuarantee() throws {
        let (result, _) = try Self.outageRepair(seed: 3)
        #expect(result.metrics.guaranteeHolds, "\(result.metrics.partners)")
        #expect(result.metrics.servedSeconds > 0)
    }

    /// The same setting on the five seeds of 40 where the repair ended short (sessions 22–23):
    /// the outage and the frozen horizon take from partner p (share 0.5, guaranteed its alone
    /// time) part of what it could have alone, and the repair, held to the alone time found
    /// before the outage, ended p 7.4–12.9% short. Held to the alone time the change leaves, it
    /// holds.
    @Test(
        "an outage that takes alone time from a partner lowers its guarantee to what is left",
        arguments: [5, 12, 16, 18, 28])
    func outageLowersTheAloneCap(seed: UInt64) throws {
        let (result, solved) = try Self.outageRepair(seed: seed)
        let held = try #require(result.aloneSeconds)
        #expect(held.count == solved.aloneSeconds.count)
        // Partner p (index 0) loses alone time to the outage; no cap rises above the given one.
        #expect(held[0] < solved.aloneSeconds[0] - 1)
        #expect(held[0] > 0.8 * solved.aloneSeconds[0])
        for (after, before) in zip(held, solved.aloneSeconds) { #expect(after <= before) }
        #expect(result.metrics.partners.map(\.aloneSeconds) == held)
        #expect(result.metrics.guaranteeHolds, "\(result.metrics.partners)")
    }

    /// The greedy baseline reports against the same alone times as the repair, so that the two
    /// results compare (until session 25 it reported against the alone times found before the
    /// outage, which no schedule of the changed problem can give partner p).
    @Test("the greedy repair reports the guarantee against the alone times after the change")
    func greedyRepairUsesTheAloneTimesAfterTheChange() throws {
        let seed: UInt64 = 5
        let (result, solved) = try Self.outageRepair(seed: seed)
        let (changed, options) = try Self.outage(seed: seed, solved: solved)
        let greedy = Replanner(
            problem: try CompiledProblem(changed), announced: solved.schedule, frozenUntil: Fixture.t(20_000),
            options: options
        ).greedyRepair()
        let held = try #require(result.aloneSeconds)
        #expect(greedy.aloneSeconds == held)
        #expect(greedy.metrics.partners.map(\.aloneSeconds) == held)
        #expect(held[0] < solved.aloneSeconds[0] - 1)
    }

    /// Two days on four antennas (`ShifterTests.weekLike`, `seed`), three partners (shares 0.5,
    /// 0.3, 0.2, requests dealt round-robin) at 5%, solved with the guarantee held; then A3 is
    /// out from 40 000 s to 70 000 s and the schedule repaired with the first 20 000 s frozen
    /// (checked by `ReplanFixture.checkRepair`).
    static func outageRepair(seed: UInt64) throws -> (ReplanResult, SchedulerResult) {
        let problem = partnered(seed: seed)
        let options = SchedulerOptions(
            seed: seed, timeLimitSeconds: nil, epochs: 6, movesPerEpoch: 20, threads: 2, enforceFairness: true)
        let solved = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        #expect(solved.metrics.guaranteeHolds)
        let (changed, replanOptions) = try outage(seed: seed, solved: solved)
        let result = Replanner(
            problem: try CompiledProblem(changed), announced: solved.schedule, frozenUntil: Fixture.t(20_000),
            options: replanOptions
        ).replan()
        ReplanFixture.checkRepair(result, problem: changed, announced: solved.schedule, frozenUntil: 20_000)
        return (result, solved)
    }

    /// `ShifterTests.weekLike(seed:)` with its requests dealt round-robin to partners p, q, r
    /// (shares 0.5, 0.3, 0.2).
    static func partnered(seed: UInt64) -> ScheduleProblem {
        var problem = ShifterTests.weekLike(seed: seed)
        let partners = ["p", "q", "r"]
        for index in problem.requests.indices { problem.requests[index].partner = partners[index % 3] }
        problem.partners = [.init(id: "p", share: 0.5), .init(id: "q", share: 0.3), .init(id: "r", share: 0.2)]
        return problem
    }

    /// The changed problem (A3 out from 40 000 s to 70 000 s) and the repair's options (6
    /// epochs, 2 threads, `seed`, the alone times of `solved`).
    static func outage(seed: UInt64, solved: SchedulerResult) throws -> (ScheduleProblem, ReplanOptions) {
        let changed = try partnered(seed: seed).applying([
            .outage(antenna: "A3", span: Fixture.span(40_000, 70_000))
        ])
        var options = ReplanOptions(timeLimitSeconds: nil, epochs: 6, threads: 2, aloneSeconds: solved.aloneSeconds)
        options.seed = seed
        return (changed, options)
    }
}
