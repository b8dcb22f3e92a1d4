import Testing

@testable import Scheduling

/// `CompactIntervals` against the full recursion (`SearchState.intervals`).
@Suite("Solver: the compact interval recursion")
struct CompactIntervalsTests {
    @Test("the same choice as the full recursion, before and after prices", arguments: [1, 2, 3, 4] as [UInt64])
    func sameChoice(seed: UInt64) {
        var random = SplitMix(seed: seed)
        // Random intervals sorted by end, with their predecessors.
        let count = 400
        var spans: [(start: Int, end: Int)] = (0..<count).map { _ in
            let start = random.below(10_000)
            return (start, start + 1 + random.below(300))
        }
        spans.sort { $0.end != $1.end ? $0.end < $1.end : $0.start < $1.start }
        let predecessor = spans.map { span in Int32(spans.filter { $0.end <= span.start }.count) }
        // About two in three unusable, as in a best response that keeps what is chosen.
        var worth = spans.map { random.below(3) == 0 ? Double($0.end - $0.start) : -1 }
        var compact = CompactIntervals(predecessor: predecessor, worth: worth)
        var best = [Double](repeating: 0, count: count + 1)
        let full = SearchState.intervals(predecessor: predecessor, worth: worth, best: &best)
        #expect(compact.solve(worth: worth) == full)
        #expect(full.count > 20)
        // Prices lower some worths, a few to nothing.
        for j in worth.indices where worth[j] > 0 && random.below(4) == 0 { worth[j] -= Double(random.below(200)) }
        let priced = SearchState.intervals(predecessor: predecessor, worth: worth, best: &best)
        #expect(compact.solve(worth: worth) == priced)
        #expect(priced != full)
    }
}
