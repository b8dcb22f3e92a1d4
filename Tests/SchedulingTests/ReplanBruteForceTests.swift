import Scheduling
import Testing

/// The repair checked against every schedule of tiny instances: after an outage, no valid
/// schedule that keeps the frozen horizon serves as much with fewer moves, and the repair
/// reaches the exact optimum of what it maximises (served time plus the keep bonus for each
/// announced contact kept).
@Suite("Re-planning against brute force")
struct ReplanBruteForceTests {
    /// Every schedule of a tiny full-pass problem that keeps the frozen rule: its served time
    /// and how many announced contacts it keeps exactly; only valid schedules are listed.
    struct Enumerated {
        var served: Double
        var kept: Int
        var contacts: [Contact] = []
    }

    static func enumerate(
        _ problem: ScheduleProblem, announced: Schedule, frozenUntil: Double, where wanted: (Double, Int) -> Bool
    ) -> [Enumerated] {
        var contacts: [Contact] = []
        for entry in problem.viewPeriods {
            for period in entry.periods {
                contacts.append(
                    Contact(request: entry.request, resource: entry.resource, start: period.start, end: period.end))
            }
        }
        precondition(contacts.count <= 16, "too many contacts to enumerate")
        let validator = ScheduleValidator(problem: problem)
        let announcedSet = Set(announced.contacts)
        func busyStart(_ contact: Contact) -> Double {
            let setup = problem.antennas.first { $0.id == contact.resource }?.setupSeconds ?? 0
            return contact.start.seconds(since: Fixture.origin) - setup
        }
        let early = contacts.indices.filter { busyStart(contacts[$0]) < frozenUntil }
        // Frozen announced contacts the problem still allows must be there; no other may start early.
        let mustHave = early.filter {
            announcedSet.contains(contacts[$0]) && validator.violations(of: Schedule(contacts: [contacts[$0]])).isEmpty
        }
        let forbidden = early.filter { !mustHave.contains($0) }
        var found: [Enumerated] = []
        for mask in 0..<(1 << contacts.count) {
            guard mustHave.allSatisfy({ mask & (1 << $0) != 0 }), forbidden.allSatisfy({ mask & (1 << $0) == 0 })
            else { continue }
            let chosen = contacts.indices.filter { mask & (1 << $0) != 0 }.map { contacts[$0] }
            let served = chosen.reduce(0.0) { $0 + ($1.durationSeconds * 1000).rounded() / 1000 }
            let kept = chosen.filter { announcedSet.contains($0) }.count
            guard wanted(served, kept) else { continue }
            if validator.violations(of: Schedule(contacts: chosen)).isEmpty {
                found.append(Enumerated(served: served, kept: kept, contacts: chosen))
            }
        }
        return found
    }

    @Test("moves are minimal for the served time reached, and the bonus objective is optimal")
    func minimalMoves() throws {
        var generator = TestRandom(seed: 77)
        var checked = 0
        for instance in 0..<8 {
            let base = SolverTests.randomInstance(&generator)
            let solved = Scheduler(
                problem: try CompiledProblem(base),
                options: SchedulerOptions(seed: 3, timeLimitSeconds: nil, epochs: 10, enforceFairness: false)
            ).solve()
            // Antenna A0 fails from 800 s to 2000 s; the first 400 s are frozen.
            let problem = try base.applying([.outage(antenna: "A0", span: Fixture.span(800, 2000))])
            for bonus in [0.0, 100, 300] {
                let result = Replanner(
                    problem: try CompiledProblem(problem), announced: solved.schedule, frozenUntil: Fixture.t(400),
                    options: ReplanOptions(
                        keepBonusSeconds: bonus, seed: UInt64(instance + 1), timeLimitSeconds: nil, epochs: 10)
                ).replan()
                ReplanFixture.checkRepair(result, problem: problem, announced: solved.schedule, frozenUntil: 400)
                let served = result.metrics.servedSeconds
                let kept = result.changes.kept.count
                // Nothing serves at least as much while keeping more.
                let better = Self.enumerate(problem, announced: solved.schedule, frozenUntil: 400) {
                    $0 >= served - 1e-6 && $1 > kept
                }
                #expect(better.isEmpty, "instance \(instance), bonus \(bonus): \(better.count) schedules keep more")
                // The repair's own objective is the brute-force optimum.
                let all = Self.enumerate(problem, announced: solved.schedule, frozenUntil: 400) { _, _ in true }
                let best = all.map { $0.served + bonus * Double($0.kept) }.max() ?? 0
                #expect(
                    abs(served + bonus * Double(kept) - best) < 1e-6,
                    "instance \(instance), bonus \(bonus): \(served + bonus * Double(kept)) vs \(best)")
                checked += 1
            }
        }
        #expect(checked == 24)
    }
}
