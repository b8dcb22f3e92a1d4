extension Instant {
    /// The four-digit year of a two-digit TLE epoch year: 57 ... 99 → 1957 ... 1999,
    /// 00 ... 56 → 2000 ... 2056 (the convention of every SGP4 implementation).
    public static func tleFullYear(twoDigitYear: Int) -> Int {
        twoDigitYear < 57 ? 2000 + twoDigitYear : 1900 + twoDigitYear
    }

    /// The epoch of a TLE: two-digit `year` and day of year with fraction (`1.0` is 1 January 0h).
    ///
    /// The parts are stored exactly as python-sgp4 2.x `Satrec.twoline2rv` stores `jdsatepoch`
    /// and `jdsatepochF`: `julianDay` is the midnight starting day `⌊dayOfYear⌋` and `fraction`
    /// is the day fraction rounded to the 8 decimals a TLE carries, so SGP4 times since epoch
    /// match python-sgp4 bit for bit. `dayOfYear` may exceed the year length (TLE producers
    /// sometimes write day 366 of a common year): the days simply run on.
    public init(tleYear twoDigitYear: Int, dayOfYear: Double) {
        let whole = dayOfYear.rounded(.down)
        let units = ((dayOfYear - whole) * 1e8).rounded()
        self.init(tleYear: twoDigitYear, day: Int(whole), fractionUnits: Int(units), fractionDigits: 8)
    }

    /// The epoch of a TLE from its digits: day `day` of the year and a day fraction of
    /// `fractionUnits` × 10^−`fractionDigits` (e.g. `12345678`, `8` for `.12345678`).
    ///
    /// The fraction is the double nearest to that decimal (one correctly rounded division), as
    /// python-sgp4's `round(fraction, 8)` gives for up to 8 digits.
    public init(tleYear twoDigitYear: Int, day: Int, fractionUnits: Int, fractionDigits: Int) {
        let year = Instant.tleFullYear(twoDigitYear: twoDigitYear)
        let jan0 = Double(CalendarDate.julianDayNumber(year: year, month: 1, day: 1)) - 1.5
        let scale = Instant.powerOfTen(fractionDigits)
        var days = Double(day)
        var units = Double(fractionUnits)
        if units >= scale {  // 0.999999999 rounded up: carry into the next day
            let carry = (units / scale).rounded(.down)
            days += carry
            units -= carry * scale
        }
        self.init(julianDay: jan0 + days, fraction: units / scale)
    }

    /// The two-digit year, day of year and 8-decimal day fraction (0 ... 99,999,999) of a
    /// TLE epoch field `YYDDD.DDDDDDDD` for this instant, rounded to 1e-8 day (0.864 ms).
    ///
    /// Inverse of `init(tleYear:dayOfYear:)`: parsing then formatting gives back the digits.
    public var tleEpochFields: (twoDigitYear: Int, dayOfYear: Int, fractionUnits: Int) {
        var jdn = julianDayNumber
        var units = (fraction * 1e8).rounded()
        if units >= 1e8 {
            units -= 1e8
            jdn += 1
        }
        let year = CalendarDate.date(julianDayNumber: jdn).year
        let day = jdn - CalendarDate.julianDayNumber(year: year, month: 1, day: 1) + 1
        return (year % 100, day, Int(units))
    }

    /// 10^`n` as an exactly representable `Double` (0 ≤ n ≤ 22, clamped).
    @inlinable
    static func powerOfTen(_ n: Int) -> Double {
        switch n {
        case ..<0: return 1
        case 0...22: return powersOfTen[n]
        default: return 1e22
        }
    }

    /// 10^0 ... 10^22, each exact in binary64.
    @usableFromInline
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
