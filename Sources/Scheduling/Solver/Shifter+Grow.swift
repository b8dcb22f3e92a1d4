extension Shifter {
    /// The contacts after growing every one that can, most unsatisfied mission first, in
    /// tracking-start order.
    func shifted() -> [Stretcher.Placed] {
        var placed = self.placed
        var total = [Int](repeating: 0, count: problem.requests.count)
        var served = [Int](repeating: 0, count: problem.missions.count)
        var wanted = [Int](repeating: 0, count: problem.missions.count)
        for request in problem.requests { wanted[request.mission] += request.wantedMillis }
        for contact in placed {
            total[contact.request] += contact.track.length
            served[problem.requests[contact.request].mission] += contact.track.length
        }
        var earliest = [Int](repeating: 0, count: placed.count)
        var latest = [Int](repeating: 0, count: placed.count)
        while true {
            bounds(placed, earliest: &earliest, latest: &latest)
            // The contact of the most unsatisfied mission that can grow by a second or more.
            var best: (index: Int, growth: Int, unsatisfied: Double)?
            for index in placed.indices {
                let contact = placed[index]
                let request = problem.requests[contact.request]
                guard !request.fullPass else { continue }
                let cap = min(
                    request.maxLengthMillis, request.maxTotalMillis - (total[contact.request] - contact.track.length))
                let room = (latest[index] - contact.track.end) + (contact.track.start - earliest[index])
                let growth = min(cap - contact.track.length, room)
                guard growth >= 1000 else { continue }
                let mission = request.mission
                let unsatisfied = wanted[mission] > 0 ? 1 - Double(served[mission]) / Double(wanted[mission]) : 0
                if let current = best,
                    current.unsatisfied > unsatisfied
                        || (current.unsatisfied == unsatisfied && current.growth >= growth)
                {
                    continue
                }
                best = (index, growth, unsatisfied)
            }
            guard let best else { break }
            let index = best.index
            let right = min(best.growth, latest[index] - placed[index].track.end)
            let left = best.growth - right
            placed[index].track = MilliSpan(placed[index].track.start - left, placed[index].track.end + right)
            if right > 0 { pushLater(&placed, after: index) }
            if left > 0 { pushEarlier(&placed, before: index) }
            total[placed[index].request] += best.growth
            served[problem.requests[placed[index].request].mission] += best.growth
        }
        return placed.sorted { $0.track != $1.track ? $0.track < $1.track : $0.resource < $1.resource }
    }

    /// Each contact's earliest track start with everything before it as early as it can be,
    /// and latest track end with everything after it as late as it can be (lengths kept).
    func bounds(_ placed: [Stretcher.Placed], earliest: inout [Int], latest: inout [Int]) {
        for index in placed.indices {
            var start = lower[index]
            for edge in incoming[index] {
                start = max(start, earliest[edge.from] + placed[edge.from].track.length + edge.gap)
            }
            earliest[index] = min(start, placed[index].track.start)
        }
        for index in placed.indices.reversed() {
            var end = upper[index]
            for edge in outgoing[index] {
                end = min(end, latest[edge.to] - placed[edge.to].track.length - edge.gap)
            }
            latest[index] = max(end, placed[index].track.end)
        }
    }

    /// Moves the contacts after `index` later, each only as far as its precedences need.
    func pushLater(_ placed: inout [Stretcher.Placed], after index: Int) {
        for next in (index + 1)..<placed.count {
            var start = placed[next].track.start
            for edge in incoming[next] { start = max(start, placed[edge.from].track.end + edge.gap) }
            let shift = start - placed[next].track.start
            if shift > 0 { placed[next].track = MilliSpan(start, placed[next].track.end + shift) }
        }
    }

    /// Moves the contacts before `index` earlier, each only as far as its precedences need.
    func pushEarlier(_ placed: inout [Stretcher.Placed], before index: Int) {
        for previous in (0..<index).reversed() {
            var end = placed[previous].track.end
            for edge in outgoing[previous] { end = min(end, placed[edge.to].track.start - edge.gap) }
            let shift = placed[previous].track.end - end
            if shift > 0 { placed[previous].track = MilliSpan(placed[previous].track.start - shift, end) }
        }
    }
}
