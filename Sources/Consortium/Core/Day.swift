import Orbits

/// A calendar day (UTC), written `YYYY-MM-DD`: the granularity of agreement dates.
///
/// Agreements are signed, take effect and expire on days, not instants; comparing days avoids
/// time-zone surprises at midnight. Conversions to and from `Instant` use UTC.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Calendar year, 1...9999.
    public let year: Int
    /// Month, 1...12.
    public let month: Int
    /// Day of month, 1...28/29/30/31.
    public let day: Int

    /// Creates a day, or throws when the date does not exist (`2025-02-29`).
    public init(year: Int, month: Int, day: Int, field: String = "date") throws(DomainError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysInMonth(month, year: year)).contains(day)
        else {
            throw DomainError(
                .invalidFormat, field: field, detail: "\(year)-\(month)-\(day) is not a calendar date")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init(_ text: String, field: String = "date") throws(DomainError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else {
            throw DomainError(
                .invalidFormat, field: field, detail: "'\(text.prefix(40))' is not a date YYYY-MM-DD")
        }
        try self.init(year: year, month: month, day: day, field: field)
    }

    /// The UTC day on which `instant` falls.
    public init(_ instant: Instant) {
        let date = instant.calendarDate
        self.year = date.year
        self.month = date.month
        self.day = date.day
    }

    /// Midnight UTC at the start of this day.
    public var start: Instant {
        // Valid by construction, so the conversion cannot fail.
        (try? Instant(CalendarDate(year: year, month: month, day: day))) ?? Instant(julianDay: 0)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(start.adding(days: Double(count) + 0.5))
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.detail)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
