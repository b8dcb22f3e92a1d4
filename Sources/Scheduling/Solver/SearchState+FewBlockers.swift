extension SearchState {
    /// At most two chosen candidates standing in the way of `id`: the same set as
    /// ``blockers(of:)``, found without allocating, for the ejection chains' inner loop, which
    /// only considers candidates with one or two blockers.
    struct FewBlockers: Equatable {
        /// The blockers found, `-1` where there is none.
        private(set) var first: Int32 = -1
        private(set) var second: Int32 = -1
        /// True when a third distinct blocker was found: the set is then incomplete.
        private(set) var overflowed = false

        /// How many blockers were found (at most two).
        var count: Int { first < 0 ? 0 : second < 0 ? 1 : 2 }

        /// True when `id` is one of them.
        func contains(_ id: Int32) -> Bool { id >= 0 && (first == id || second == id) }

        /// Adds `id` unless already there; returns false (and marks the set overflowed) when
        /// it would be the third.
        @inline(__always)
        mutating func add(_ id: Int32) -> Bool {
            if first == id || second == id { return true }
            if first < 0 {
                first = id
            } else if second < 0 {
                second = id
            } else {
                overflowed = true
                return false
            }
            return true
        }
    }

    /// The blockers of `id` (``blockers(of:)``) when there are at most two, else nil.
    func fewBlockers(of id: Int32) -> FewBlockers? {
        var found = FewBlockers()
        return visitBlockers(of: id, { found.add($0) }) ? found : nil
    }
}
