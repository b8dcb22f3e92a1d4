import Testing

@testable import Scheduling

/// The fairness repairs' tries shared over threads (`SearchChain.relocatingOutcomes`,
/// `SearchChain.threads`): each try is undone on its own copy of the chain, so the outcomes
/// and every repair made from them are exactly the sequential loop's.
@Suite("Solver: repairs tried on several threads")
struct ParallelRepairTests {
    /// A chain on a two-day week-like instance (`ShifterTests.weekLike`), accounting by
    /// mission, after a throughput descent; the floor asks every mission for 90% of what it
    /// wants, which that schedule leaves some missions short of.
    static func shortChain(seed: UInt64) throws -> SearchChain {
        let compiled = try CompiledProblem(ShifterTests.weekLike(seed: seed))
        let set = CandidateSet(problem: compiled, byMission: true)
        var wanted = [Int](repeating: 0, count: compiled.missions.count)
        for request in compiled.requests { wanted[request.mission] += request.wantedMillis }
        var chain = SearchChain(
            state: SearchState(set: set), random: SplitMix(seed: seed),
            weights: [Double](repeating: 1, count: set.accountCount), guarantee: nil)
        chain.descend()
        chain.guarantee = .floor(wanted.map { $0 * 9 / 10 })
        return chain
    }

    /// The candidates a repair tries: every one not chosen of a mission short of its floor.
    static func tries(_ chain: SearchChain) -> [Int32] {
        let short = chain.shortAccounts(chain.guarantee!)
        return chain.state.set.candidates.indices.filter { id in
            !chain.state.selected[id] && short.contains(Int(chain.state.set.candidates[id].partner))
        }.map { Int32($0) }
    }

    @Test(
        "the outcomes on 2 and 3 threads equal the sequential ones, the chain unchanged",
        arguments: [1, 2, 3] as [UInt64])
    func outcomesMatch(seed: UInt64) throws {
        var chain = try Self.shortChain(seed: seed)
        let ids = Self.tries(chain)
        try #require(ids.count >= 2 * SearchChain.triesPerThread, "too few tries to share: \(ids.count)")
        let chosen = chain.state.chosen
        let sequential = chain.relocatingOutcomes(ids, depth: 2)
        #expect(sequential.contains { $0 != nil })
        for threads in [2, 3] {
            chain.threads = threads
            let shared = chain.relocatingOutcomes(ids, depth: 2)
            #expect(shared.count == ids.count)
            for (one, other) in zip(sequential, shared) {
                #expect(one?.value == other?.value && one?.deficit == other?.deficit)
            }
        }
        #expect(chain.state.chosen == chosen)
    }

    @Test("a repair on 2 threads makes the sequential repair's schedule", arguments: [1, 2, 3] as [UInt64])
    func repairMatches(seed: UInt64) throws {
        var sequential = try Self.shortChain(seed: seed)
        let before = sequential.score
        var shared = sequential
        shared.threads = 2
        sequential.repairDeficits()
        shared.repairDeficits()
        #expect(sequential.score >= before)
        #expect(shared.state.chosen == sequential.state.chosen)
        #expect(shared.score == sequential.score)
    }
}
