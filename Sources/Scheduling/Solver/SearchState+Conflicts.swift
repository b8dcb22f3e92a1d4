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
        var found: [Int32] = []
        visitBlockers(of: id) {
            found.append($0)
            return true
        }
        found.sort()
        var unique: [Int32] = []
        for id in found where unique.last != id { unique.append(id) }
        return unique
    }

    /// Calls `visit` with each chosen candidate standing in the way of `id` (as
    /// ``blockers(of:)``, a candidate blocking on several counts possibly more than once) until
    /// `visit` returns false; returns false when it did.
    @inline(__always)
    @discardableResult
    func visitBlockers(of id: Int32, _ visit: (Int32) -> Bool) -> Bool {
        let candidate = set.candidates[Int(id)]
        for antenna in set.problem.resources[Int(candidate.resource)].members {
            guard Self.visitOverlapping(candidate.busy, spans: antennaBusy[antenna], ids: onAntenna[antenna], visit)
            else { return false }
        }
        let craft = Int(candidate.spacecraft)
        if !set.problem.simultaneous[craft] {
            guard Self.visitOverlapping(candidate.track, spans: craftTracks[craft], ids: onCraft[craft], visit)
            else { return false }
        }
        let gap = set.problem.requests[Int(candidate.request)].minGapMillis
        if gap > 0 {
            for other in onCraft[craft] where set.candidates[Int(other)].request == candidate.request {
                let track = set.candidates[Int(other)].track
                if track.start < candidate.track.end + gap && candidate.track.start < track.end + gap {
                    guard visit(other) else { return false }
                }
            }
        }
        return true
    }

    /// Calls `visit` with the ids whose spans overlap `span` until it returns false; `spans`
    /// are disjoint and sorted by start (an antenna's busy spans, a one-at-a-time spacecraft's
    /// tracks), so the overlapping ones are consecutive, from the one before the first starting
    /// inside `span`.
    @inline(__always)
    static func visitOverlapping(
        _ span: MilliSpan, spans: [MilliSpan], ids: [Int32], _ visit: (Int32) -> Bool
    ) -> Bool {
        var at = position(of: span.start, in: spans)
        if at > 0 && spans[at - 1].end > span.start { at -= 1 }
        while at < spans.count && spans[at].start < span.end {
            guard visit(ids[at]) else { return false }
            at += 1
        }
        return true
    }
}
