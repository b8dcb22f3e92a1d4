extension CandidateSet {
    /// Most positions tried for one length in one view period.
    static let gridPositions = 9
    /// Closest spacing of positions, milliseconds (5 min).
    static let gridStepMillis = 300_000

    /// The tracks tried for a flexible request in a view period: up to four lengths (the
    /// longest the request and period allow, three quarters and half of it, and the shortest
    /// allowed), each at up to ``gridPositions`` evenly spaced positions from the period's
    /// start to its end (both ends always included). After the search, chosen tracks are
    /// stretched into free time, so the grid only has to find the right neighbourhood.
    static func flexibleGrid(request: RequestModel, period: MilliSpan) -> [MilliSpan] {
        let longest = min(request.maxLengthMillis, period.length, request.maxTotalMillis)
        let shortest = max(request.minLengthMillis, 1)
        guard longest >= shortest else { return [] }
        var lengths = [longest]
        for candidate in [longest * 3 / 4, longest / 2, shortest] where candidate >= shortest {
            if !lengths.contains(candidate) { lengths.append(candidate) }
        }
        return tracks(lengths: lengths, in: period, positions: gridPositions)
    }

    /// Tracks of each of `lengths` (in that order) at up to `positions` evenly spaced starts
    /// from `period`'s start to its end, both ends included, never closer than
    /// ``gridStepMillis``.
    static func tracks(lengths: [Int], in period: MilliSpan, positions: Int) -> [MilliSpan] {
        var tracks: [MilliSpan] = []
        for length in lengths {
            let slack = period.length - length
            let steps = slack == 0 ? 0 : max(1, min(positions - 1, slack / gridStepMillis))
            for step in 0...steps {
                let start = period.start + (steps == 0 ? 0 : slack * step / steps)
                tracks.append(MilliSpan(start, start + length))
            }
        }
        return tracks
    }
}
