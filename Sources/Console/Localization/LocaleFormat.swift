import Consortium
import Foundation
import Orbits

/// Dates, times and numbers written the way a language's readers expect, always in UTC (the
/// time scale of operations; every page says so).
///
/// Made per request: Foundation's formatters are not `Sendable`.
struct LocaleFormat {
    let language: ConsoleLanguage
    private let dateTimeFormatter: DateFormatter
    private let dayFormatter: DateFormatter
    private let timeFormatter: DateFormatter
    /// One formatter per number of fraction digits (0...3): swift-corelibs-foundation ignores
    /// changes to a `NumberFormatter` made after its first use, so none is changed.
    private let numberFormatters: [NumberFormatter]

    /// The formatters of `language`.
    init(_ language: ConsoleLanguage) {
        self.language = language
        let locale = Locale(identifier: language.localeIdentifier)
        let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!
        func formatter(_ date: DateFormatter.Style, _ time: DateFormatter.Style) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.timeZone = utc
            formatter.dateStyle = date
            formatter.timeStyle = time
            return formatter
        }
        dateTimeFormatter = formatter(.medium, .short)
        dayFormatter = formatter(.medium, .none)
        timeFormatter = formatter(.none, .medium)
        numberFormatters = (0...3).map { digits in
            let formatter = NumberFormatter()
            formatter.locale = locale
            formatter.numberStyle = .decimal
            formatter.minimumFractionDigits = digits
            formatter.maximumFractionDigits = digits
            return formatter
        }
    }

    /// `instant` as a date and a time to the minute, e.g. `22 Nov 2026, 14:05` or `2026/11/22 14:05`.
    func dateTime(_ instant: Instant) -> String {
        dateTimeFormatter.string(from: instant.date)
    }

    /// The time of day of `instant` to the second.
    func time(_ instant: Instant) -> String {
        timeFormatter.string(from: instant.date)
    }

    /// `day` as a medium date.
    func day(_ day: Day) -> String {
        dayFormatter.string(from: day.start.date)
    }

    /// `value` with `digits` fraction digits and the locale's separators (`1 234,5` in French).
    func number(_ value: Double, digits: Int = 1) -> String {
        let digits = min(max(digits, 0), 3)
        // Rounded here too: swift-corelibs-foundation does not apply maximumFractionDigits.
        let scale = [1.0, 10, 100, 1000][digits]
        let rounded = (value * scale).rounded() / scale
        return numberFormatters[digits].string(from: NSNumber(value: rounded)) ?? String(rounded)
    }

    /// An integer with the locale's grouping.
    func integer(_ value: Int) -> String {
        numberFormatters[0].string(from: NSNumber(value: value)) ?? String(value)
    }
}

extension Instant {
    /// The Foundation date of the instant (Unix time, leap seconds not counted).
    var date: Date {
        Date(timeIntervalSince1970: unixSeconds)
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    var unixSeconds: Double {
        (julianDay - 2_440_587.5) * 86_400 + fraction * 86_400
    }
}
