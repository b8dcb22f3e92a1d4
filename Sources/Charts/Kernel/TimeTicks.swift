import Orbits

/// Round UTC tick instants for a time axis: whole minutes, hours or days.
public enum TimeTicks {
    /// The candidate steps in seconds, shortest first: 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6,
    /// 12 h; 1, 2, 7 days.
    public static let steps: [Double] = [
        60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172_800, 604_800,
    ]

    /// The smallest step (s) from ``steps`` giving at most `count` intervals over the span.
    public static func step(from start: Instant, to end: Instant, count: Int) -> Double {
        let span = end.seconds(since: start)
        for step in steps where span / step <= Double(max(count, 1)) { return step }
        return steps[steps.count - 1]
    }

    /// The instants between `start` and `end` (inclusive) that are whole multiples of the
    /// step since 00:00 UTC of the start's day (weekly steps count from that day too).
    public static func instants(from start: Instant, to end: Instant, count: Int = 8) -> [Instant] {
        guard end.seconds(since: start) > 0 else { return [start] }
        let step = step(from: start, to: end, count: count)
        let midnight = Instant(julianDay: start.julianDay, fraction: 0)
        let first = (start.seconds(since: midnight) / step - 1e-9).rounded(.up)
        var ticks: [Instant] = []
        var index = first
        while true {
            let tick = midnight.adding(seconds: index * step)
            if tick.seconds(since: end) > 1e-3 { break }
            ticks.append(tick)
            index += 1
        }
        return ticks
    }
}
