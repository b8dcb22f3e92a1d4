import Testing

@testable import Orbits

/// TAI, TT and UT1 against ERFA (pyerfa 2.0.1.5 eraUtctai, eraTaitt, eraUtcut1); reference
/// values from `Benchmarks/reference/time_reference.py`.
@Suite struct TimeScaleTests {
    /// Difference of two two-part dates in seconds.
    func seconds(_ a1: Double, _ a2: Double, _ b1: Double, _ b2: Double) -> Double {
        ((a1 - b1) + (a2 - b2)) * 86_400
    }

    /// TAI and TT within 1e-9 s (1972 on) of ERFA; UT1 within 1e-9 s from 1972 and 1 ms in the
    /// 1960s drift era (ERFA stretches those UTC days, Concord counts them as 86,400 s).
    @Test(arguments: TimeReferenceData.cases)
    func scalesMatchERFA(_ c: TimeReferenceCase) throws {
        let t = try Instant(year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second)
        #expect(abs(t.taiMinusUTC - c.taiMinusUTC) < 1e-6)
        let tai = t.tai
        let tt = t.tt
        let ut1 = t.ut1(UT1Offset(seconds: c.dut1))
        let tolerance = c.year >= 1972 ? 1e-9 : 1e-3
        #expect(abs(seconds(tai.julianDay, tai.fraction, c.tai1, c.tai2)) < max(tolerance, 1e-6))
        #expect(abs(seconds(tt.julianDay, tt.fraction, c.tt1, c.tt2)) < max(tolerance, 1e-6))
        #expect(abs(seconds(ut1.julianDay, ut1.fraction, c.ut11, c.ut12)) < tolerance)
        // TAI back to UTC.
        #expect(abs(Instant(tai: tai).seconds(since: t)) < 1e-6)
    }

    @Test func leapSecondTable() throws {
        #expect(LeapSeconds.table.count == 42)
        #expect(try Instant(year: 2016, month: 12, day: 31, hour: 12).taiMinusUTC == 36)
        #expect(try Instant(year: 2017, month: 1, day: 1).taiMinusUTC == 37)
        #expect(try Instant(year: 2026, month: 7, day: 10).taiMinusUTC == 37)
        #expect(try Instant(year: 1972, month: 1, day: 1).taiMinusUTC == 10)
        let leapDays = LeapSeconds.table.filter { $0.rate == 0 }.dropFirst().map { $0.mjd - 1 }
        #expect(leapDays.count == 27)
        for mjd in leapDays { #expect(LeapSeconds.secondsInDay(mjd: mjd) == 86_401) }
        #expect(try Instant(year: 2016, month: 12, day: 31).endsWithLeapSecond)
        #expect(try !Instant(year: 2016, month: 12, day: 30).endsWithLeapSecond)
        #expect(try !Instant(year: 2026, month: 6, day: 30).endsWithLeapSecond)
        // SOFA convention: 23:59:60.5 is fraction 86400.5 / 86401 of that day.
        let inside = try Instant(year: 2016, month: 12, day: 31, hour: 23, minute: 59, second: 60.5)
        #expect(inside.julianDay == 2_457_753.5)
        #expect(abs(inside.fraction - 86_400.5 / 86_401) < 1e-16)
        // TAI is continuous over the leap second: 23:59:59 -> 00:00:00 is 2 SI seconds.
        let before = try Instant(year: 2016, month: 12, day: 31, hour: 23, minute: 59, second: 59)
        let after = try Instant(year: 2017, month: 1, day: 1)
        let dTAI = ((after.tai.julianDay - before.tai.julianDay) + (after.tai.fraction - before.tai.fraction)) * 86_400
        #expect(abs(dTAI - 2) < 1e-9)
    }

    @Test func ut1OffsetZeroKeepsUTCBits() throws {
        let t = try Instant(iso8601: "2026-07-10T03:44:00.383136")
        #expect(t.ut1().julianDay == t.julianDay && t.ut1().fraction == t.fraction)
        let shifted = t.ut1(UT1Offset(seconds: 0.25))
        #expect(abs(((shifted.julianDay - t.julianDay) + (shifted.fraction - t.fraction)) * 86_400 - 0.25) < 1e-9)
    }
}
