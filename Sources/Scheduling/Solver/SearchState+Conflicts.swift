extension SearchState {
    /// True when the request can take one more contact of `length` milliseconds.
    @inline(__always)
    func hasRoom(request: Int, length: Int) -> Bool {
        let model = set.problem.requests[request]
        return count[request] < model.maxContacts && total[request] + length <= model.maxTotalMillis
    }

    /// True when nothing chosen keeps `antenna` busy during `busy`.
    @inline(__always)
    func antennaFree(_ antenna: Int, _ busy: MilliSpan) -> Bool {
        let spans = antennaBusy[antenna]
        let at = Self.position(of: busy.start, in: spans)
        if at < spans.count && spans[at].start < busy.end { return false }
        // Chosen spans on one antenna never overlap, so only the one before can reach `busy`.
        if at > 0 && spans[at - 1].end > busy.start { return false }
        return true
    }

    /// True when the spacecraft is not tracked during `track` (always, when it allows
    /// simultaneous contacts).
    @inline(__always)
    func craftFree(_ craft: Int, _ track: MilliSpan) -> Bool {
        if set.problem.simultaneous[craft] { return true }
        let spans = craftTracks[craft]
        let at = Self.position(of: track.start, in: spans)
        if at < spans.count && spans[at].start < track.end { return false }
        if at > 0 && spans[at - 1].end > track.start { return false }
        return true
    }

    /// True when the candidate keeps its request's minimum gap (`minGapSeconds`, end of one
    /// contact to start of the next) to every chosen contact of the request; always true when
    /// the request sets none.
    @inline(__always)
    func gapKept(_ candidate: Candidate) -> Bool {
        let gap = set.problem.requests[Int(candidate.request)].minGapMillis
        guard gap > 0 else { return true }
        for other in onCraft[Int(candidate.spacecraft)] where set.candidates[Int(other)].request == candidate.request {
            let track = set.candidates[Int(other)].track
            if track.start < candidate.track.end + gap && candidate.track.start < track.end + gap { return false }
        }
        return true
    }

    /// True when the candidate can be added without breaking any rule.
    func fits(_ id: Int32) -> Bool {
        let candidate = set.candidates[Int(id)]
        guard !selected[Int(id)], hasRoom(request: Int(candidate.request), length: candidate.length) else {
            return false
        }
        for antenna in set.problem.resources[Int(candidate.resource)].members
        where !antennaFree(antenna, candidate.busy) {
            return false
        }
        return craftFree(Int(candidate.spacecraft), candidate.track) && gapKept(candidate)
    }

    /// The chosen candidates that stand in the way of `id` on its antennas and spacecraft, and
    /// its request's contacts closer than the request's minimum gap (not counting the request's
    /// count and total limits), each once, ascending.
    func blockers(of id: Int32) -> [Int32] {
        let candidate = set.candidates[Int(id)]
        var found: [Int32] = []
        for antenna in set.problem.resources[Int(candidate.resource)].members {
            let list = onAntenna[antenna]
            let spans = antennaBusy[antenna]
            var at = Self.position(of: candidate.busy.start, in: spans)
            if at > 0 && spans[at - 1].end > candidate.busy.start { at -= 1 }
            while at < list.count && spans[at].start < candidate.busy.end {
                found.append(list[at])
                at += 1
            }
        }
        let craft = Int(candidate.spacecraft)
        if !set.problem.simultaneous[craft] {
            let list = onCraft[craft]
            for (at, track) in craftTracks[craft].enumerated() where track.overlaps(candidate.track) {
                found.append(list[at])
            }
        }
        let gap = set.problem.requests[Int(candidate.request)].minGapMillis
        if gap > 0 {
            for other in onCraft[craft] where set.candidates[Int(other)].request == candidate.request {
                let track = set.candidates[Int(other)].track
                if track.start < candidate.track.end + gap && candidate.track.start < track.end + gap {
                    found.append(other)
                }
            }
        }
        found.sort()
        var unique: [Int32] = []
        for id in found where unique.last != id { unique.append(id) }
        return unique
    }
}
