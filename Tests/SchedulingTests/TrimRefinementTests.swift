import Orbits
import Testing

@testable import Scheduling

/// A long contact cut to let another request in (`CandidateSet.refined(around:)`, the trims):
/// the grid and the gaps of a full antenna suggest nothing, the cut does.
@Suite("Solver: long contacts trimmed to make room")
struct TrimRefinementTests {
    /// Antenna A over 3000 s: `long`, one flexible contact of 1100–3000 s anywhere in 0–3000,
    /// and `short`, one flexible contact of exactly 1500 s, visible only over 1000–3000.
    static func problem() -> ScheduleProblem {
        let horizon = 3_000.0
        let long = ScheduleProblem.Request(
            id: "long", spacecraft: "l", partner: "p", window: Fixture.span(0, horizon), contacts: 1,
            minContactSeconds: 1100, maxContactSeconds: 3000, placement: .flexible)
        let short = ScheduleProblem.Request(
            id: "short", spacecraft: "s", partner: "p", window: Fixture.span(0, horizon), contacts: 1,
            minContactSeconds: 1500, maxContactSeconds: 1500, placement: .flexible)
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "l"), .init(id: "s")],
            requests: [long, short],
            viewPeriods: [
                Fixture.periods("long", "A", [(0, horizon)]), Fixture.periods("short", "A", [(1000, horizon)]),
            ])
    }

    @Test("Around `long` over the whole antenna: long cut to 1100 s at either end, short against the cut")
    func trimsAndFillsAgainstTheCut() throws {
        let compiled = try CompiledProblem(Self.problem())
        let set = CandidateSet(problem: compiled)
        let whole = try #require(
            set.candidates.firstIndex { $0.request == 0 && $0.track == MilliSpan(0, 3_000_000) })
        var state = SearchState(set: set)
        state.insert(Int32(whole))
        // The antenna is full: no gap, so only the cut suggests `short` a track.
        let refinement = set.refined(around: state)
        let added = refinement.set.candidates.dropFirst(set.candidates.count).map { ($0.request, $0.track) }
        // By hand: the head keeps 0–1100 and frees 1100–3000, where short fits against the cut
        // at 1100–2600; the tail keeps 1900–3000 and frees 0–1900, of which short sees only
        // 900 s (1000–1900), less than its 1500 s.
        // (The cuts of `long` are on its grid already; short's track against them is not.)
        let all = refinement.set.candidates
        #expect(all.contains { $0.request == 0 && $0.track == MilliSpan(0, 1_100_000) })
        #expect(all.contains { $0.request == 0 && $0.track == MilliSpan(1_900_000, 3_000_000) })
        #expect(!set.candidates.contains { $0.request == 1 && $0.track.start == 1_100_000 })
        #expect(added.contains { $0 == (1, MilliSpan(1_100_000, 2_600_000)) })
        #expect(!added.contains { $0.0 == 1 && $0.1.end <= 1_900_000 })
        // The cut and the track against it fit together: 2600 s served where the whole served
        // 3000 s, so it is the recreate's choice to make, not a move forced on it.
        let head = try #require(refinement.set.candidates.firstIndex { $0.track == MilliSpan(0, 1_100_000) })
        let against = try #require(
            refinement.set.candidates.firstIndex { $0.request == 1 && $0.track == MilliSpan(1_100_000, 2_600_000) })
        var cut = SearchState(set: refinement.set)
        cut.insert(Int32(head))
        #expect(cut.fits(Int32(against)))
    }
}
