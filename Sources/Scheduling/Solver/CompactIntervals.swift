/// Weighted interval scheduling over the usable candidates only.
///
/// An antenna's candidates are sorted by busy end with their predecessors precomputed
/// (`CandidateSet.predecessor`); most of them are unusable in a best response that keeps what
/// is chosen around them (`worth <= 0`). This keeps the positions usable at first and their
/// predecessors among them, so each pass of the recursion (the price bisection runs up to
/// thirteen) costs the usable count, not the antenna's. Prices only lower a worth, so no
/// position becomes usable later. The choice is exactly `SearchState.intervals`'s: the same
/// sums in the same order, the same ties.
struct CompactIntervals {
    /// The usable positions (into the antenna's candidates), ascending.
    private(set) var positions: [Int32] = []
    /// For each usable position, how many usable positions lie before its predecessor.
    private var predecessors: [Int32] = []
    /// `best[k]`: the most worth among the first `k` usable positions.
    private var best: [Double] = []

    /// The positions with `worth > 0` and their predecessors among them.
    init(predecessor: [Int32], worth: [Double]) {
        var rank = [Int32](repeating: 0, count: worth.count + 1)
        var count: Int32 = 0
        for j in worth.indices {
            rank[j] = count
            if worth[j] > 0 {
                positions.append(Int32(j))
                count += 1
            }
        }
        rank[worth.count] = count
        predecessors = positions.map { rank[Int(predecessor[Int($0)])] }
        best = [Double](repeating: 0, count: positions.count + 1)
    }

    /// One best set for `worth` (usable only where it was when built), as positions into the
    /// antenna's candidates, latest first.
    mutating func solve(worth: [Double]) -> [Int] {
        let count = positions.count
        best[0] = 0
        for k in 0..<count {
            let w = worth[Int(positions[k])]
            let take = w > 0 ? w + best[Int(predecessors[k])] : -1
            best[k + 1] = take > best[k] ? take : best[k]
        }
        var chosen: [Int] = []
        var k = count
        while k > 0 {
            let j = Int(positions[k - 1])
            if worth[j] > 0 && best[k] != best[k - 1] {
                chosen.append(j)
                k = Int(predecessors[k - 1])
            } else {
                k -= 1
            }
        }
        return chosen
    }
}
