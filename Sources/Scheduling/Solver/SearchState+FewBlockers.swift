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
        let candidate = set.candidates[Int(id)]
        var found = FewBlockers()
        for antenna in set.problem.resources[Int(candidate.resource)].members {
            let list = onAntenna[antenna]
            let spans = antennaBusy[antenna]
            var at = Self.position(of: candidate.busy.start, in: spans)
            if at > 0 && spans[at - 1].end > candidate.busy.start { at -= 1 }
            while at < list.count && spans[at].start < candidate.busy.end {
                guard found.add(list[at]) else { return nil }
                at += 1
            }
        }
        let craft = Int(candidate.spacecraft)
        if !set.problem.simultaneous[craft] {
            // One at a time: the spacecraft's tracks are disjoint, so those overlapping the
            // candidate's are consecutive, from the one before the first starting inside it.
            let list = onCraft[craft]
            let tracks = craftTracks[craft]
            var at = Self.position(of: candidate.track.start, in: tracks)
            if at > 0 && tracks[at - 1].end > candidate.track.start { at -= 1 }
            while at < tracks.count && tracks[at].start < candidate.track.end {
                guard found.add(list[at]) else { return nil }
                at += 1
            }
        }
        let gap = set.problem.requests[Int(candidate.request)].minGapMillis
        if gap > 0 {
            for other in onCraft[craft] where set.candidates[Int(other)].request == candidate.request {
                let track = set.candidates[Int(other)].track
                if track.start < candidate.track.end + gap && candidate.track.start < track.end + gap {
                    guard found.add(other) else { return nil }
                }
            }
        }
        return found
    }
}
