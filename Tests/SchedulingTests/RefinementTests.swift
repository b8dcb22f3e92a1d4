import Orbits
import Testing

@testable import Scheduling

/// Growing the candidate set around a schedule (`CandidateSet.refined(around:)`): flexible
/// tracks the grid cannot place, fitted exactly into the free time a schedule leaves.
@Suite("Solver: candidates fitted to the free time")
struct RefinementTests {
    /// Antenna A over 3000 s: full passes `p1` over 0–1000 and `p2` over 2370–3000 (their own
    /// spacecraft), and flexible `r` of exactly 1370 s anywhere in 0–3000. Only `r` over
    /// 1000–2370 fits between the passes; the grid's starts (every 326 s) miss 1000.
    static func problem() -> ScheduleProblem {
        let horizon = 3_000.0
        let r = ScheduleProblem.Request(
            id: "r", spacecraft: "r", partner: "p", window: Fixture.span(0, horizon), contacts: 1,
            minContactSeconds: 1370, maxContactSeconds: 1370, placement: .flexible)
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")],
            spacecraft: [.init(id: "r"), .init(id: "p1"), .init(id: "p2")],
            requests: [
                r, Fixture.pass("p1", partner: "p", contacts: 1, horizon: horizon),
                Fixture.pass("p2", partner: "p", contacts: 1, horizon: horizon),
            ],
            viewPeriods: [
                Fixture.periods("r", "A", [(0, horizon)]), Fixture.periods("p1", "A", [(0, 1000)]),
                Fixture.periods("p2", "A", [(2370, horizon)]),
            ])
    }

    static func served(_ problem: ScheduleProblem, refineEvery: Int) throws -> Double {
        var options = SchedulerOptions(seed: 3, timeLimitSeconds: nil, epochs: 8, enforceFairness: false)
        options.refineEvery = refineEvery
        let result = Scheduler(problem: try CompiledProblem(problem), options: options).solve()
        let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
        #expect(violations.isEmpty, "\(violations)")
        return result.schedule.contacts.reduce(0.0) { $0 + $1.durationSeconds }
    }

    @Test("The grid alone serves 2370 s (r and one pass); grown around the schedule, all 3000 s")
    func fitsBetweenPasses() throws {
        // By hand: every grid start of r (0, 326, 652, 978, 1304, 1630) overlaps p1 or p2, so
        // without refinement the best is r with p1 (1000 + 1370) or r at 0 with p2 (2000).
        #expect(try abs(Self.served(Self.problem(), refineEvery: 0) - 2370) < 1e-6)
        #expect(try abs(Self.served(Self.problem(), refineEvery: 1) - 3000) < 1e-6)
    }

    @Test("The grown set keeps the old ids and holds r's track in the gap the passes leave")
    func grownSetKeepsIds() throws {
        let compiled = try CompiledProblem(Self.problem())
        let set = CandidateSet(problem: compiled)
        var state = SearchState(set: set)
        for (id, candidate) in set.candidates.enumerated() where compiled.requests[Int(candidate.request)].fullPass {
            state.insert(Int32(id))
        }
        let refinement = set.refined(around: state)
        #expect(Array(refinement.set.candidates.prefix(set.candidates.count)) == set.candidates)
        let added = refinement.set.candidates.dropFirst(set.candidates.count)
        #expect(added.contains { $0.request == 0 && $0.track == MilliSpan(1_000_000, 2_370_000) })
        #expect(added.allSatisfy { $0.request == 0 && $0.track.length == 1_370_000 })
        #expect(refinement.chosen.count == 2)
        // Nothing new once the gap is filled.
        var filled = SearchState(set: refinement.set)
        for id in refinement.chosen { filled.insert(id) }
        let gapTrack = refinement.set.candidates.firstIndex { $0.track == MilliSpan(1_000_000, 2_370_000) }!
        #expect(filled.fits(Int32(gapTrack)))
        filled.insert(Int32(gapTrack))
        #expect(refinement.set.refined(around: filled).added == 0)
    }

    @Test("Occupancy: gaps on an antenna with downtime, and the free time around a contact")
    func occupancy() throws {
        var problem = Self.problem()
        problem.antennas[0].downtime = [Fixture.span(2800, 2900)]
        let compiled = try CompiledProblem(problem)
        let placed = [
            Stretcher.Placed(request: 1, resource: 0, track: MilliSpan(0, 1_000_000), setup: 0, teardown: 0),
            Stretcher.Placed(request: 2, resource: 0, track: MilliSpan(2_370_000, 2_700_000), setup: 0, teardown: 0),
        ]
        let occupancy = Occupancy(problem: compiled, placed: placed)
        #expect(
            occupancy.gaps(on: 0) == [
                MilliSpan(1_000_000, 2_370_000), MilliSpan(2_700_000, 2_800_000), MilliSpan(2_900_000, 3_000_000),
            ])
        #expect(occupancy.free(around: placed[1].busy, on: 0, except: 1) == MilliSpan(1_000_000, 2_800_000))
        #expect(occupancy.free(around: placed[0].busy, on: 0, except: 0) == MilliSpan(0, 2_370_000))
    }
}
