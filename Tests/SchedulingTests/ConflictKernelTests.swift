import Testing

@testable import Scheduling

/// The ejection chains' fast paths (session 16) against the plain code they replace:
/// `SearchState.fewBlockers(of:)` against `blockers(of:)`, and `SearchChain.relocate`, which
/// stops early in value order, against `relocateScanning`, which scans every candidate.
@Suite("Solver: conflict kernels match the plain scans")
struct ConflictKernelTests {
    @Test("at most two blockers are the blockers, else nil", arguments: [1, 2, 3] as [UInt64])
    func fewBlockersMatch(seed: UInt64) throws {
        let chain = try ParallelRepairTests.shortChain(seed: seed)
        let state = chain.state
        var (few, many) = (0, 0)
        for id in state.set.candidates.indices.map(Int32.init) where !state.selected[Int(id)] {
            let all = state.blockers(of: id)
            guard let found = state.fewBlockers(of: id) else {
                #expect(all.count > 2, "candidate \(id): nil with \(all.count) blockers")
                many += 1
                continue
            }
            let listed = [found.first, found.second].filter { $0 >= 0 }.sorted()
            #expect(listed == all, "candidate \(id)")
            #expect(found.count == all.count)
            few += 1
        }
        // Both branches are exercised.
        #expect(few > 100 && many > 10, "\(few) with at most two blockers, \(many) with more")
    }

    @Test("relocating in value order does what the full scan does", arguments: [1, 2, 3] as [UInt64])
    func relocateMatches(seed: UInt64) throws {
        let chain = try ParallelRepairTests.shortChain(seed: seed)
        var placed = 0
        // Every chosen contact removed in turn, its request relocated both ways, 1 and 2 deep.
        for id in chain.state.chosen.prefix(60) {
            let request = Int(chain.state.set.candidates[Int(id)].request)
            for depth in [1, 2] {
                var fast = chain
                var plain = chain
                fast.state.remove(id)
                plain.state.remove(id)
                var (fastLocked, plainLocked): ([Int32], [Int32]) = ([id], [id])
                var (fastTouched, plainTouched): ([Int], [Int]) = ([], [])
                fast.relocate(request: request, depth: depth, locked: &fastLocked, touched: &fastTouched)
                plain.relocateScanning(request: request, depth: depth, locked: &plainLocked, touched: &plainTouched)
                #expect(fast.state.chosen == plain.state.chosen, "contact \(id), depth \(depth)")
                #expect(fastLocked == plainLocked && fastTouched == plainTouched)
                if fast.state.chosen != chain.state.chosen.filter({ $0 != id }) { placed += 1 }
            }
        }
        #expect(placed > 10, "only \(placed) relocations placed anything")
    }
}
