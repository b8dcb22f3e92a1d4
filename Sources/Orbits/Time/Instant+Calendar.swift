extension Instant {
    /// The UTC instant of a proleptic Gregorian calendar date and time.
    ///
    /// Validates every field: month 1 ... 12, day within the month, hour 0 ... 23, minute
    /// 0 ... 59, second 0 ..< 60, or 0 ..< 61 at 23:59 of a day that ends with a leap second.
    public init(_ date: CalendarDate) throws(TimeError) {
        try self.init(
            year: date.year, month: date.month, day: date.day,
            hour: date.hour, minute: date.minute, second: date.second)
    }

    /// The UTC instant of `year`-`month`-`day` `hour`:`minute`:`second` (seconds with fraction).
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0
    ) throws(TimeError) {
        let text = "\(year)-\(month)-\(day) \(hour):\(minute):\(second)"
        guard (1...9999).contains(year) else { throw TimeError(.yearOutOfRange, text: text) }
        guard (1...12).contains(month) else { throw TimeError(.monthOutOfRange, text: text) }
        guard day >= 1 && day <= CalendarDate.daysInMonth(month, year: year) else {
            throw TimeError(.dayOutOfRange, text: text)
        }
        let jdn = CalendarDate.julianDayNumber(year: year, month: month, day: day)
        try self.init(julianDayNumber: jdn, hour: hour, minute: minute, second: second, text: text)
    }

    /// The UTC instant of day `dayOfYear` (1 = 1 January) of `year` at `hour`:`minute`:`second`.
    public init(
        year: Int, dayOfYear: Int, hour: Int = 0, minute: Int = 0, second: Double = 0
    ) throws(TimeError) {
        let text = "\(year)-\(dayOfYear) \(hour):\(minute):\(second)"
        guard (1...9999).contains(year) else { throw TimeError(.yearOutOfRange, text: text) }
        guard dayOfYear >= 1 && dayOfYear <= (CalendarDate.isLeapYear(year) ? 366 : 365) else {
            throw TimeError(.dayOutOfRange, text: text)
        }
        let jdn = CalendarDate.julianDayNumber(year: year, month: 1, day: 1) + dayOfYear - 1
        try self.init(julianDayNumber: jdn, hour: hour, minute: minute, second: second, text: text)
    }

    /// Shared tail of the calendar initialisers: checks the time of day against the day length.
    init(julianDayNumber jdn: Int, hour: Int, minute: Int, second: Double, text: String) throws(TimeError) {
        guard (0...23).contains(hour) else { throw TimeError(.hourOutOfRange, text: text) }
        guard (0...59).contains(minute) else { throw TimeError(.minuteOutOfRange, text: text) }
        let midnight = Double(jdn) - 0.5
        let length = LeapSeconds.secondsInDay(mjd: jdn - 2_400_001)
        let limit = (hour == 23 && minute == 59) ? length - 86_340 : 60
        guard second >= 0 && second < limit else { throw TimeError(.secondOutOfRange, text: text) }
        let secondsOfDay = Double(hour * 3600 + minute * 60) + second
        self.init(julianDay: midnight, fraction: secondsOfDay / length)
    }

    /// Julian day number of this UTC day (the integer Julian date at its noon).
    var julianDayNumber: Int { Int(julianDay + 0.5) }

    /// The proleptic Gregorian date and UTC time of day (23:59:60.x inside a leap second).
    public var calendarDate: CalendarDate {
        let (year, month, day) = CalendarDate.date(julianDayNumber: julianDayNumber)
        let sod = secondsOfDay
        if sod >= 86_400 {
            return CalendarDate(year: year, month: month, day: day, hour: 23, minute: 59, second: sod - 86_340)
        }
        let hour = min(Int(sod / 3600), 23)
        let minute = min(Int((sod - Double(hour * 3600)) / 60), 59)
        let second = sod - Double(hour * 3600 + minute * 60)
        return CalendarDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// The Gregorian year of this UTC day.
    public var year: Int { CalendarDate.date(julianDayNumber: julianDayNumber).year }

    /// Day of the year of this UTC day, 1 ... 366 (1 January is 1).
    public var dayOfYear: Int {
        julianDayNumber - CalendarDate.julianDayNumber(year: year, month: 1, day: 1) + 1
    }
}
