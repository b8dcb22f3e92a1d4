import Orbits
import Testing

@testable import Scheduling

/// The finer grid that settling runs over under a mission floor (`CandidateSet.withFinerGrid()`).
@Suite("Solver: the finer grid for settling")
struct FinerGridTests {
    /// Antenna A over 10 000 s: `flex`, one flexible contact of 600–3000 s anywhere in its
    /// period 1000–10 000 s, and `whole`, a full pass (no grid).
    static func problem() -> ScheduleProblem {
        let horizon = 10_000.0
        let flex = ScheduleProblem.Request(
            id: "flex", spacecraft: "f", partner: "p", window: Fixture.span(0, horizon), contacts: 1,
            minContactSeconds: 600, maxContactSeconds: 3000, placement: .flexible)
        let whole = ScheduleProblem.Request(
            id: "whole", spacecraft: "w", partner: "p", window: Fixture.span(0, horizon), contacts: 1,
            placement: .fullPass)
        return ScheduleProblem(
            horizon: Fixture.span(0, horizon), partners: [.init(id: "p", share: 1)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "f"), .init(id: "w")],
            requests: [flex, whole],
            viewPeriods: [
                Fixture.periods("flex", "A", [(1000, horizon)]), Fixture.periods("whole", "A", [(0, 900)]),
            ])
    }

    @Test("Lengths in eighths of the longest and 17 positions, worked by hand; the old ids kept")
    func growsByTheFinerGrid() throws {
        let compiled = try CompiledProblem(Self.problem())
        let set = CandidateSet(problem: compiled)
        let (grown, added) = set.withFinerGrid()
        #expect(added == grown.candidates.count - set.candidates.count)
        // The old candidates keep their ids.
        for (id, candidate) in set.candidates.enumerated() {
            #expect(Key(grown.candidates[id]) == Key(candidate))
        }
        let tracks = Set(grown.candidates.filter { $0.request == 0 }.map(\.track))
        // By hand: the period is 9000 s; the longest track 3000 s, the shortest 600 s, and
        // 7/8, 6/8, 5/8, 4/8, 3/8 of 3000 s: 2625, 2250, 1875, 1500, 1125 s. Seven lengths.
        let lengths = Set(tracks.map(\.length))
        #expect(lengths == [3_000_000, 2_625_000, 2_250_000, 1_875_000, 1_500_000, 1_125_000, 600_000])
        // 3000 s leaves 6000 s of slack: 16 steps of 375 s (the coarse grid: 8 of 750 s).
        for step in 0...16 {
            let start = 1_000_000 + 6_000_000 * step / 16
            #expect(tracks.contains(MilliSpan(start, start + 3_000_000)))
        }
        #expect(!set.candidates.contains { $0.request == 0 && $0.track.start == 1_375_000 })
        // 17 positions at each of seven lengths, no track twice.
        #expect(tracks.count == 7 * 17)
        #expect(grown.candidates.filter { $0.request == 0 }.count == tracks.count)
        for track in tracks {
            #expect(track.start >= 1_000_000 && track.end <= 10_000_000)
        }
        // The full pass has no grid: only its own candidate.
        #expect(grown.candidates.filter { $0.request == 1 }.count == 1)
        // Grown again, nothing is added.
        #expect(grown.withFinerGrid().added == 0)
    }

    @Test("A schedule over the search's set fits unchanged over the finer one")
    func keepsTheSchedule() throws {
        let compiled = try CompiledProblem(Self.problem())
        let set = CandidateSet(problem: compiled)
        var state = SearchState(set: set)
        for id in set.byValue where state.fits(id) { state.insert(id) }
        let (grown, _) = set.withFinerGrid()
        var moved = SearchState(set: grown)
        for id in state.chosen {
            #expect(moved.fits(id))
            moved.insert(id)
        }
        #expect(moved.value == state.value)
        #expect(state.value > 0)
    }
}

extension FinerGridTests {
    /// A candidate's identity, for comparing ids across sets.
    struct Key: Equatable {
        var request: Int32
        var resource: Int32
        var track: MilliSpan

        init(_ candidate: Candidate) {
            (request, resource, track) = (candidate.request, candidate.resource, candidate.track)
        }
    }
}
