/// Reads an ISO-8601 UTC timestamp from UTF-8 bytes (no Foundation, no `DateFormatter`).
///
/// Accepted: `YYYY-MM-DD` or `YYYY-DDD` (day of year, as CCSDS uses), optionally followed by
/// `T`, `t` or one space and `hh:mm`, `hh:mm:ss` or `hh:mm:ss.f…` (any number of fraction
/// digits, `.` or `,`), optionally `Z`; blanks around the text are ignored.
struct ISO8601Reader {
    /// The bytes being read.
    let bytes: [UInt8]
    /// The original text, for error messages.
    let text: String
    /// Current read position.
    var position = 0

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    func fail(_ kind: TimeError.Kind, at offset: Int? = nil) -> TimeError {
        TimeError(kind, text: text, offset: offset ?? position)
    }

    /// Reads exactly `count` decimal digits.
    mutating func digits(_ count: Int) throws(TimeError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard position < bytes.count, bytes[position] &- 48 < 10 else { throw fail(.malformed) }
            value = value * 10 + Int(bytes[position] &- 48)
            position += 1
        }
        return value
    }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Number of consecutive digits starting at the current position.
    func digitRun() -> Int {
        var end = position
        while end < bytes.count, bytes[end] &- 48 < 10 { end += 1 }
        return end - position
    }

    mutating func read() throws(TimeError) -> Instant {
        var end = bytes.count
        while position < end, bytes[position] == 32 || bytes[position] == 9 { position += 1 }
        while end > position, [32, 9, 10, 13].contains(bytes[end - 1]) { end -= 1 }
        let limit = end

        guard digitRun() == 4 else { throw fail(.malformed) }
        let year = try digits(4)
        guard take(UInt8(ascii: "-")) else { throw fail(.malformed) }
        let dateStart = position
        let run = digitRun()
        var jdn: Int
        if run == 3 {
            let doy = try digits(3)
            guard (1...(CalendarDate.isLeapYear(year) ? 366 : 365)).contains(doy) else {
                throw fail(.dayOutOfRange, at: dateStart)
            }
            jdn = CalendarDate.julianDayNumber(year: year, month: 1, day: 1) + doy - 1
        } else if run == 2 {
            let month = try digits(2)
            guard take(UInt8(ascii: "-")) else { throw fail(.malformed) }
            let dayStart = position
            guard digitRun() == 2 else { throw fail(.malformed) }
            let day = try digits(2)
            guard (1...12).contains(month) else { throw fail(.monthOutOfRange, at: dateStart) }
            guard day >= 1 && day <= CalendarDate.daysInMonth(month, year: year) else {
                throw fail(.dayOutOfRange, at: dayStart)
            }
            jdn = CalendarDate.julianDayNumber(year: year, month: month, day: day)
        } else {
            throw fail(.malformed)
        }
        guard year >= 1 else { throw fail(.yearOutOfRange, at: 0) }

        var hour = 0
        var minute = 0
        var second = 0
        var fractionValue = 0.0
        var secondStart = position
        if position < limit, [UInt8(ascii: "T"), UInt8(ascii: "t"), 32].contains(bytes[position]) {
            position += 1
            let hourStart = position
            guard digitRun() == 2 else { throw fail(.malformed) }
            hour = try digits(2)
            guard take(UInt8(ascii: ":")) else { throw fail(.malformed) }
            let minuteStart = position
            guard digitRun() == 2 else { throw fail(.malformed) }
            minute = try digits(2)
            guard hour < 24 else { throw fail(.hourOutOfRange, at: hourStart) }
            guard minute < 60 else { throw fail(.minuteOutOfRange, at: minuteStart) }
            if take(UInt8(ascii: ":")) {
                secondStart = position
                guard digitRun() == 2 else { throw fail(.malformed) }
                second = try digits(2)
                if position < limit, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    let count = digitRun()
                    guard count > 0 else { throw fail(.malformed) }
                    var units: UInt64 = 0
                    let used = min(count, 18)
                    for i in 0..<used { units = units * 10 + UInt64(bytes[position + i] &- 48) }
                    position += count
                    fractionValue = Double(units) / Instant.powerOfTen(used)
                }
            }
        }
        if position < limit, bytes[position] == UInt8(ascii: "Z") || bytes[position] == UInt8(ascii: "z") {
            position += 1
        }
        guard position == limit else { throw fail(.trailingCharacters) }

        let length = LeapSeconds.secondsInDay(mjd: jdn - 2_400_001)
        let secondLimit = (hour == 23 && minute == 59) ? Int(length) - 86_340 : 60
        guard second < secondLimit else { throw fail(.secondOutOfRange, at: secondStart) }
        let secondsOfDay = Double(hour * 3600 + minute * 60 + second) + fractionValue
        return Instant(julianDay: Double(jdn) - 0.5, fraction: secondsOfDay / length)
    }
}
