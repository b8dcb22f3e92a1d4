import Orbits

extension StandingOrderConverter {
    /// The standing order's daily windows as spans: for every UTC day of the period and every
    /// `passDailyTime` that applies on its weekday, from the earliest pass start (default
    /// midnight) to the latest pass end (default the next midnight; a latest end at or before
    /// the earliest start runs into the next day), clipped to the period.
    mutating func allowedSpans(_ order: ServicePackageRequest.StandingOrder) throws(ExchangeError) -> [TimeSpan] {
        for window in source.dailyTimes where window.latestStart != nil || window.earliestEnd != nil {
            note(
                "passDailyTime", line: window.line,
                "latestPassStart and earliestPassEnd are not modelled: passes may lie anywhere between the earliest "
                    + "start and the latest end")
        }
        var spans: [TimeSpan] = []
        // The day before the start too, for windows that run past midnight into the period.
        var midnight = Instant(julianDay: order.start.julianDay - 1, fraction: 0)
        while midnight < order.end {
            let weekday = ServicePackageRequest.Weekday(of: midnight)
            for window in source.dailyTimes where window.applies(on: weekday) {
                let from = window.earliestStart ?? 0
                var to = window.latestEnd ?? 86_400
                if to <= from { to += 86_400 }
                let start = Self.instant(midnight, plus: from)
                let end = Self.instant(midnight, plus: to)
                let clipped = TimeSpan(start: max(start, order.start), end: min(end, order.end))
                if clipped.start < clipped.end { spans.append(clipped) }
            }
            midnight = Instant(julianDay: midnight.julianDay + 1, fraction: 0)
        }
        guard !spans.isEmpty else {
            throw ExchangeError(
                .inconsistent, file: file, line: source.dailyTimes[0].line, element: "passDailyTime",
                detail: "no day of the standing order \(order.start) – \(order.end) has a window on the days listed")
        }
        return spans.sorted { $0.start < $1.start }
    }

    /// The instant `seconds` (0 … 172 800) after `midnight`, on the calendar (exact on days
    /// with a leap second).
    static func instant(_ midnight: Instant, plus seconds: Int) -> Instant {
        let day = Instant(julianDay: midnight.julianDay + Double(seconds / 86_400), fraction: 0)
        let rest = seconds % 86_400
        guard rest > 0 else { return day }
        let date = day.calendarDate
        return
            (try? Instant(
                year: date.year, month: date.month, day: date.day, hour: rest / 3600, minute: rest % 3600 / 60,
                second: Double(rest % 60))) ?? day.adding(seconds: Double(rest))
    }
}
