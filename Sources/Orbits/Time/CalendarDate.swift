/// A UTC date and time of day in the proleptic Gregorian calendar.
///
/// `second` carries the fraction and may reach 60.x inside a leap second (23:59:60).
public struct CalendarDate: Sendable, Hashable {
    /// Year, e.g. 2026 (proleptic Gregorian; 1 ... 9999 are accepted).
    public var year: Int
    /// Month, 1 ... 12.
    public var month: Int
    /// Day of month, 1 ... 31.
    public var day: Int
    /// Hour, 0 ... 23.
    public var hour: Int
    /// Minute, 0 ... 59.
    public var minute: Int
    /// Seconds with fraction, 0 ..< 60 (0 ..< 61 during a leap second).
    public var second: Double

    /// Creates a calendar date and time; values are taken as given (see `Instant(_:)` for checks).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Day of the year, 1 ... 366 (1 January is 1).
    public var dayOfYear: Int {
        CalendarDate.daysBeforeMonth(month, year: year) + day
    }

    /// Whether `year` has 366 days in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in `month` (1 ... 12) of `year`.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days in the year before the first of `month` (0 for January).
    static func daysBeforeMonth(_ month: Int, year: Int) -> Int {
        let cumulative = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let m = min(max(month, 1), 12)
        return cumulative[m] + (m > 2 && isLeapYear(year) ? 1 : 0)
    }

    /// Julian day number (the integer Julian date at noon) of a Gregorian date.
    ///
    /// Fliegel & Van Flandern's integer algorithm; exact for years after −4800.
    static func julianDayNumber(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The Gregorian date of a Julian day number (inverse of `julianDayNumber`).
    static func date(julianDayNumber jdn: Int) -> (year: Int, month: Int, day: Int) {
        let a = jdn + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - 146_097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        let day = e - (153 * m + 2) / 5 + 1
        let month = m + 3 - 12 * (m / 10)
        let year = 100 * b + d - 4800 + m / 10
        return (year, month, day)
    }
}
