/// A set of chosen candidates with the occupancy the search checks against: what each
/// antenna and spacecraft is busy with, each request's count and total, each partner's
/// received time and the objective. Every change goes through ``insert(_:)`` and
/// ``remove(_:)``, which keep all of it consistent and may be journaled for undo.
struct SearchState: Sendable {
    /// The candidates chosen from.
    let set: CandidateSet
    /// True for each chosen candidate.
    private(set) var selected: [Bool]
    /// For each antenna, the chosen candidates occupying it (its own and its groups'), by busy start.
    private(set) var onAntenna: [[Int32]]
    /// For each spacecraft, its chosen candidates, by tracking start.
    private(set) var onCraft: [[Int32]]
    /// For each antenna, the busy spans of `onAntenna`'s candidates, in the same order: the
    /// conflict checks search these contiguous spans instead of following each id into
    /// `set.candidates` (a cache miss per step on a week's candidates).
    private(set) var antennaBusy: [[MilliSpan]]
    /// For each spacecraft, the tracking spans of `onCraft`'s candidates, in the same order.
    private(set) var craftTracks: [[MilliSpan]]
    /// For each request, its number of chosen contacts.
    private(set) var count: [Int]
    /// For each request, its chosen tracking time, milliseconds.
    private(set) var total: [Int]
    /// For each account (partner, or mission in a set accounting by mission), its chosen
    /// tracking time, milliseconds.
    private(set) var received: [Int]
    /// Chosen tracking time in all, milliseconds.
    private(set) var delivered: Int
    /// The objective: the sum of the chosen candidates' values.
    private(set) var value: Double
    /// Scratch tallies per request for `overChosen`, kept zeroed between uses.
    var extraCount: [Int]
    var extraTotal: [Int]
    /// Scratch for `RequestPrices`, zeroed between uses (one entry per request).
    var priceSlots: [Int32]
    /// Changes since recording began: `id + 1` for an insertion, `-(id + 1)` for a removal.
    private var journal: [Int32] = []
    /// Open marks; changes are journaled while any is open.
    private var depth = 0

    /// An empty selection over `set`.
    init(set: CandidateSet) {
        self.set = set
        let problem = set.problem
        selected = [Bool](repeating: false, count: set.candidates.count)
        onAntenna = [[Int32]](repeating: [], count: problem.antennas.count)
        onCraft = [[Int32]](repeating: [], count: problem.simultaneous.count)
        antennaBusy = [[MilliSpan]](repeating: [], count: problem.antennas.count)
        craftTracks = [[MilliSpan]](repeating: [], count: problem.simultaneous.count)
        count = [Int](repeating: 0, count: problem.requests.count)
        total = [Int](repeating: 0, count: problem.requests.count)
        extraCount = [Int](repeating: 0, count: problem.requests.count)
        extraTotal = [Int](repeating: 0, count: problem.requests.count)
        priceSlots = [Int32](repeating: 0, count: problem.requests.count)
        received = [Int](repeating: 0, count: set.accountCount)
        delivered = 0
        value = 0
    }

    /// The same selection over `grown`, a set grown from this one (its old candidates keep
    /// their ids: `CandidateSet.refined(around:)`, `withFinerGrid()`).
    func moved(to grown: CandidateSet) -> SearchState {
        var state = SearchState(set: grown)
        for id in chosen { state.insert(id) }
        return state
    }

    /// The chosen candidates, in id order.
    var chosen: [Int32] { selected.indices.filter { selected[$0] }.map { Int32($0) } }

    /// Adds a candidate (which must fit: see ``fits(_:)``).
    mutating func insert(_ id: Int32) {
        let candidate = set.candidates[Int(id)]
        selected[Int(id)] = true
        for antenna in set.problem.resources[Int(candidate.resource)].members {
            let at = Self.position(of: candidate.busy.start, in: antennaBusy[antenna])
            onAntenna[antenna].insert(id, at: at)
            antennaBusy[antenna].insert(candidate.busy, at: at)
        }
        let craft = Int(candidate.spacecraft)
        let at = Self.position(of: candidate.track.start, in: craftTracks[craft])
        onCraft[craft].insert(id, at: at)
        craftTracks[craft].insert(candidate.track, at: at)
        account(candidate, sign: 1)
        if depth > 0 { journal.append(id + 1) }
    }

    /// Removes a chosen candidate.
    mutating func remove(_ id: Int32) {
        let candidate = set.candidates[Int(id)]
        selected[Int(id)] = false
        for antenna in set.problem.resources[Int(candidate.resource)].members {
            let at = onAntenna[antenna].firstIndex(of: id)!
            onAntenna[antenna].remove(at: at)
            antennaBusy[antenna].remove(at: at)
        }
        let craft = Int(candidate.spacecraft)
        let at = onCraft[craft].firstIndex(of: id)!
        onCraft[craft].remove(at: at)
        craftTracks[craft].remove(at: at)
        account(candidate, sign: -1)
        if depth > 0 { journal.append(-(id + 1)) }
    }

    private mutating func account(_ candidate: Candidate, sign: Int) {
        let length = candidate.length
        count[Int(candidate.request)] += sign
        total[Int(candidate.request)] += sign * length
        received[Int(candidate.partner)] += sign * length
        delivered += sign * length
        value += Double(sign) * candidate.value
    }

    /// Opens a mark (marks nest) and returns the journal position to undo back to.
    mutating func mark() -> Int {
        depth += 1
        return journal.count
    }

    /// Reverts every change made since `mark`, newest first (the mark stays open).
    mutating func undo(to mark: Int) {
        let saved = depth
        depth = 0
        while journal.count > mark {
            let entry = journal.removeLast()
            if entry > 0 { remove(entry - 1) } else { insert(-entry - 1) }
        }
        depth = saved
    }

    /// Closes the innermost mark, keeping its changes; the journal is emptied when the
    /// outermost mark closes.
    mutating func commit() {
        depth -= 1
        if depth == 0 { journal.removeAll(keepingCapacity: true) }
    }

    /// The first index of `spans` whose start is not below `key` (the spans are sorted by
    /// start).
    @inline(__always)
    static func position(of key: Int, in spans: [MilliSpan]) -> Int {
        var (lo, hi) = (0, spans.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].start < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first index of `list` whose key is not below `key` (the list is sorted by key).
    @inline(__always)
    static func position(of key: Int, in list: [Int32], key keyOf: (Int32) -> Int) -> Int {
        var (lo, hi) = (0, list.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if keyOf(list[mid]) < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
