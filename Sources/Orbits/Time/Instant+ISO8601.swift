extension Instant {
    /// Parses an ISO-8601 UTC timestamp.
    ///
    /// Accepts `2026-07-10T03:44:00.383136`, with or without `Z`, `T` or a space between date
    /// and time, any number of fraction digits, the day-of-year form `2026-191T03:44:00`
    /// (CCSDS), `hh:mm` without seconds, and a date alone (midnight). `23:59:60.x` is accepted
    /// only on a day that ends with a leap second. Throws a `TimeError` naming the text, the
    /// reason and the byte offset.
    public init(iso8601 text: String) throws(TimeError) {
        var reader = ISO8601Reader(text)
        self = try reader.read()
    }

    /// Formats this instant as ISO-8601 UTC, e.g. `2026-07-10T03:44:00.383136`.
    ///
    /// - Parameters:
    ///   - fractionDigits: digits after the seconds' decimal point, 0 ... 12 (default 6, µs);
    ///     the time is rounded to that many digits (carrying into the next day if needed).
    ///   - zulu: append `Z`.
    ///   - dayOfYear: write the date as `YYYY-DDD` (CCSDS day-of-year form).
    ///   - separator: the character between date and time (`T` by default).
    public func iso8601(
        fractionDigits: Int = 6, zulu: Bool = false, dayOfYear: Bool = false, separator: Character = "T"
    ) -> String {
        let digits = max(0, min(fractionDigits, 12))
        let scale = Int64(Instant.powerOfTen(digits))
        var jdn = julianDayNumber
        var length = Int64(secondsInDay)
        var ticks = Int64((fraction * Double(length) * Double(scale)).rounded())
        if ticks >= length * scale {  // rounding reached the next midnight
            ticks -= length * scale
            jdn += 1
            length = Int64(LeapSeconds.secondsInDay(mjd: jdn - 2_400_001))
        }
        let whole = ticks / scale
        let sub = ticks % scale
        var hour = Int(whole / 3600)
        var minute = Int((whole % 3600) / 60)
        var second = Int(whole % 60)
        if whole >= 86_400 {  // inside the leap second
            hour = 23
            minute = 59
            second = Int(whole - 86_340)
        }
        let (year, month, day) = CalendarDate.date(julianDayNumber: jdn)

        var out: [UInt8] = []
        out.reserveCapacity(32)
        func append(_ value: Int, width: Int) {
            var buffer = [UInt8](repeating: 48, count: width)
            var v = value
            var i = width - 1
            while i >= 0 {
                buffer[i] = UInt8(48 + v % 10)
                v /= 10
                i -= 1
            }
            out.append(contentsOf: buffer)
        }
        append(year, width: 4)
        out.append(UInt8(ascii: "-"))
        if dayOfYear {
            append(jdn - CalendarDate.julianDayNumber(year: year, month: 1, day: 1) + 1, width: 3)
        } else {
            append(month, width: 2)
            out.append(UInt8(ascii: "-"))
            append(day, width: 2)
        }
        out.append(contentsOf: String(separator).utf8)
        append(hour, width: 2)
        out.append(UInt8(ascii: ":"))
        append(minute, width: 2)
        out.append(UInt8(ascii: ":"))
        append(second, width: 2)
        if digits > 0 {
            out.append(UInt8(ascii: "."))
            append(Int(sub), width: digits)
        }
        if zulu { out.append(UInt8(ascii: "Z")) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Instant: CustomStringConvertible {
    /// ISO-8601 UTC with microseconds and `Z`, e.g. `2026-07-10T03:44:00.383136Z`.
    public var description: String { iso8601(zulu: true) }
}
