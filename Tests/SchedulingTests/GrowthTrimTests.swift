import Foundation
import Testing

@testable import Scheduling

/// The final growth of contacts trimmed back as far as a partner guarantee needs
/// (`GrowthTrim`), worked by hand.
@Suite("Solver: the final growth trimmed to keep a partner guarantee")
struct GrowthTrimTests {
    /// Partner p's request a: one contact of 1000–5000 s on antenna A, visible 0–5000 s.
    /// Partner q's request b: one contact of 1000–3000 s on antenna B, visible 0–3000 s. Shares
    /// 1/2 each.
    static let problem = ScheduleProblem(
        horizon: Fixture.span(0, 5000), partners: [.init(id: "p", share: 0.5), .init(id: "q", share: 0.5)],
        antennas: [.init(id: "A", owner: "p"), .init(id: "B", owner: "q")],
        spacecraft: [.init(id: "a"), .init(id: "b")],
        requests: [
            .init(
                id: "a", spacecraft: "a", partner: "p", window: Fixture.span(0, 5000), contacts: 1,
                minContactSeconds: 1000, maxContactSeconds: 5000),
            .init(
                id: "b", spacecraft: "b", partner: "q", window: Fixture.span(0, 5000), contacts: 1,
                minContactSeconds: 1000, maxContactSeconds: 3000),
        ],
        viewPeriods: [Fixture.periods("a", "A", [(0, 5000)]), Fixture.periods("b", "B", [(0, 3000)])])

    /// Tolerance 0.1, alone times far above what is delivered.
    static let guarantee = FairnessGuarantee(
        shares: [0.5, 0.5], aloneMillis: [100_000_000, 100_000_000], tolerance: 0.1)

    /// a at 0–`aEnd` and b at 0–`bEnd`, milliseconds.
    static func contacts(_ compiled: CompiledProblem, aEnd: Int, bEnd: Int) -> [Stretcher.Placed] {
        [
            Stretcher.Placed(
                request: compiled.requestIndex["a"]!, resource: compiled.resourceIndex["A"]!,
                track: MilliSpan(0, aEnd), setup: 0, teardown: 0),
            Stretcher.Placed(
                request: compiled.requestIndex["b"]!, resource: compiled.resourceIndex["B"]!,
                track: MilliSpan(0, bEnd), setup: 0, teardown: 0),
        ]
    }

    /// The trimmed tracks' ends, a's then b's, after the search's schedule of 1000 s each.
    static func trimmedEnds(_ guarantee: FairnessGuarantee, aEnd: Int, bEnd: Int) throws -> [Int] {
        let compiled = try CompiledProblem(Self.problem)
        let trim = GrowthTrim(problem: compiled, guarantee: guarantee)
        let trimmed = trim.trimmed(
            Self.contacts(compiled, aEnd: aEnd, bEnd: bEnd), baseReceived: [1_000_000, 1_000_000],
            baseDelivered: 2_000_000)
        let schedule = Schedule(contacts: trimmed.map { $0.contact(in: compiled) })
        #expect(ScheduleValidator(problem: Self.problem).violations(of: schedule).isEmpty)
        return trimmed.map(\.track.end)
    }

    @Test("A grows alone: it keeps what leaves b within its tolerance, 222.222 s")
    func oneGrows() throws {
        // b holds while 1000 s ≥ 0.9 × 0.5 × delivered: delivered ≤ 2222.2222 s, so a keeps
        // floor(1 000 000 / 0.45) − 2 000 000 = 222 222 ms of its 4000 s of growth.
        #expect(try Self.trimmedEnds(Self.guarantee, aEnd: 5_000_000, bEnd: 1_000_000) == [1_222_222, 1_000_000])
        #expect(Self.guarantee.holds(received: [1_222_222, 1_000_000], delivered: 2_222_222))
        #expect(!Self.guarantee.holds(received: [1_223_000, 1_000_000], delivered: 2_223_000))
    }

    @Test("Both grow: b keeps all its growth, a what that leaves room for")
    func bothGrow() throws {
        // a grew by 4000 s, b by 1000 s; all of it leaves b at 2000 s of 0.45 × 7000 s. b keeps
        // its whole growth while 2000 s ≥ 0.45 × delivered: delivered ≤ 4444.444 s, so 2444.444 s
        // of growth in all, b's 1000 s and a's 1444.444 s.
        #expect(try Self.trimmedEnds(Self.guarantee, aEnd: 5_000_000, bEnd: 2_000_000) == [2_444_444, 2_000_000])
        #expect(Self.guarantee.holds(received: [2_444_444, 2_000_000], delivered: 4_444_444))
    }

    @Test("A growth that keeps the guarantee is not trimmed")
    func nothingToTrim() throws {
        // b's alone time 1000 s caps its guarantee at 900 s, whatever is delivered.
        let capped = FairnessGuarantee(shares: [0.5, 0.5], aloneMillis: [100_000_000, 1_000_000], tolerance: 0.1)
        #expect(try Self.trimmedEnds(capped, aEnd: 5_000_000, bEnd: 1_000_000) == [5_000_000, 1_000_000])
    }
}
