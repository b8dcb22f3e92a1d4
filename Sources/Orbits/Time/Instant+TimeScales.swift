extension Instant {
    /// Modified Julian Date (JD − 2,400,000.5) of the UTC midnight that starts this day.
    @inlinable
    public var modifiedJulianDay: Int { Int(julianDay - 2_400_000.5) }

    /// Length of this UTC day in SI seconds: 86,401 when it ends with a leap second.
    public var secondsInDay: Double { LeapSeconds.secondsInDay(mjd: modifiedJulianDay) }

    /// Whether this UTC day ends with a positive leap second (23:59:60).
    public var endsWithLeapSecond: Bool { secondsInDay > 86_400 }

    /// UTC seconds elapsed since the midnight that starts this day, 0 ..< `secondsInDay`.
    public var secondsOfDay: Double { fraction * secondsInDay }

    /// TAI − UTC at this instant, seconds (37 s since 2017-01-01; see `LeapSeconds`).
    ///
    /// During 23:59:60 the value of the ending day still applies.
    public var taiMinusUTC: Double {
        LeapSeconds.taiMinusUTC(mjd: Double(modifiedJulianDay) + fraction)
    }

    /// This instant in International Atomic Time, as a two-part Julian date.
    public var tai: JulianDate {
        JulianDate(julianDay: julianDay, fraction: (secondsOfDay + taiMinusUTC) / 86_400.0)
    }

    /// This instant in Terrestrial Time (TT = TAI + 32.184 s), as a two-part Julian date.
    public var tt: JulianDate {
        JulianDate(julianDay: julianDay, fraction: (secondsOfDay + taiMinusUTC + 32.184) / 86_400.0)
    }

    /// This instant in UT1 (UT1 = UTC + `offset`), as a two-part Julian date.
    ///
    /// On a day ending with a leap second the UTC seconds of day are counted in SI seconds
    /// (up to 86,401), so UT1 stays continuous across 23:59:60 as IERS UT1−UTC jumps by +1 s.
    public func ut1(_ offset: UT1Offset = .zero) -> JulianDate {
        let length = secondsInDay
        if length == 86_400 {
            // Ordinary day: keep the UTC fraction bit-for-bit when UT1 = UTC.
            if offset.seconds == 0 { return JulianDate(julianDay: julianDay, fraction: fraction) }
            return JulianDate(julianDay: julianDay, fraction: fraction + offset.seconds / 86_400.0)
        }
        return JulianDate(julianDay: julianDay, fraction: (fraction * length + offset.seconds) / 86_400.0)
    }

    /// The UTC instant of a TAI two-part Julian date (inverse of `tai`, within ~1e-10 s).
    ///
    /// A TAI time inside an inserted leap second maps to 23:59:60.x of the ending UTC day.
    public init(tai: JulianDate) {
        // The UTC day is the TAI day or the one before (TAI−UTC ≥ 0).
        for day in [tai.julianDay, tai.julianDay - 1] {
            let start = Instant(julianDay: day)
            let mjd = Double(start.modifiedJulianDay)
            let taiSeconds = (tai.julianDay - day) * 86_400.0 + tai.fraction * 86_400.0
            var sod = taiSeconds - LeapSeconds.taiMinusUTC(mjd: mjd)
            let dayFraction = min(max(sod, 0) / 86_400.0, 0.999_999)  // refine in the 1960s drift era
            sod = taiSeconds - LeapSeconds.taiMinusUTC(mjd: mjd + dayFraction)
            let length = start.secondsInDay
            if sod >= 0 && sod < length {
                self = Instant(julianDay: day, fraction: sod / length)
                return
            }
        }
        self = Instant(julianDay: tai.julianDay, fraction: tai.fraction - 37.0 / 86_400.0)
    }
}
