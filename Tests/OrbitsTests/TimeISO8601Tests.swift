import Testing

@testable import Orbits

/// ISO-8601 reading and writing; calendar references from ERFA eraDtf2d through
/// `TimeReferenceData` and hand-checked day-of-year dates.
@Suite struct TimeISO8601Tests {
    @Test(arguments: [
        "2026-07-10T03:44:00.383136", "2026-07-10T03:44:00.383136Z", "2026-07-10 03:44:00.383136",
        "2026-191T03:44:00.383136", "2026-191T03:44:00.3831360000000000000001Z", " 2026-07-10t03:44:00,383136z \r\n",
    ])
    func acceptedLayouts(_ text: String) throws {
        let expected = try Instant(year: 2026, month: 7, day: 10, hour: 3, minute: 44, second: 0.383136)
        let t = try Instant(iso8601: text)
        #expect(t.julianDay == expected.julianDay)
        #expect(abs(t.seconds(since: expected)) < 1e-9)
    }

    @Test func shortForms() throws {
        #expect(try Instant(iso8601: "2026-07-10") == Instant(year: 2026, month: 7, day: 10))
        #expect(try Instant(iso8601: "2026-191") == Instant(year: 2026, month: 7, day: 10))
        #expect(try Instant(iso8601: "2026-07-10T03:44") == Instant(year: 2026, month: 7, day: 10, hour: 3, minute: 44))
        #expect(try Instant(iso8601: "2024-366T23:59:59").calendarDate.day == 31)
    }

    @Test(arguments: TimeReferenceData.cases)
    func matchesERFAJulianDate(_ c: TimeReferenceCase) throws {
        let text = "\(c.year)-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(secondsText(c.second))"
        let t = try Instant(iso8601: text)
        #expect(t.julianDay == c.utc1)
        #expect(abs(t.fraction - c.utc2) < 1e-15, "\(text)")
        let written = t.iso8601(fractionDigits: 6)
        #expect(abs(try Instant(iso8601: written).seconds(since: t)) <= 0.5e-6, "\(written)")
    }

    func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    func secondsText(_ s: Double) -> String {
        let whole = Int(s)
        let micro = Int(((s - Double(whole)) * 1e6).rounded())
        let m = String(micro)
        return pad(whole) + "." + String(repeating: "0", count: 6 - m.count) + m
    }

    @Test func leapSecondOnlyOnLeapDays() throws {
        let t = try Instant(iso8601: "2016-12-31T23:59:60.5Z")
        #expect(abs(t.fraction - 86_400.5 / 86_401) < 1e-16)
        #expect(t.iso8601(fractionDigits: 3) == "2016-12-31T23:59:60.500")
        #expect(try Instant(iso8601: "1972-06-30T23:59:60").iso8601(fractionDigits: 0) == "1972-06-30T23:59:60")
        #expect(throws: TimeError(.secondOutOfRange, text: "2016-12-30T23:59:60", offset: 17)) {
            try Instant(iso8601: "2016-12-30T23:59:60")
        }
        #expect(throws: TimeError.self) { try Instant(iso8601: "2017-12-31T23:59:60") }
        #expect(throws: TimeError.self) { try Instant(iso8601: "2016-12-31T23:58:60") }
        #expect(throws: TimeError.self) { try Instant(iso8601: "2016-12-31T23:59:61") }
        // Rounding up out of the leap second lands on the next midnight.
        #expect(
            try Instant(iso8601: "2016-12-31T23:59:60.9999999").iso8601(fractionDigits: 3) == "2017-01-01T00:00:00.000")
    }

    @Test(arguments: [
        ("2026-7-10", TimeError.Kind.malformed), ("2026-07-10T3:44", .malformed), ("2026-13-01", .monthOutOfRange),
        ("2026-02-29", .dayOutOfRange), ("2026-366", .dayOutOfRange), ("2026-07-10T24:00", .hourOutOfRange),
        ("2026-07-10T23:60", .minuteOutOfRange), ("2026-07-10T23:59:60", .secondOutOfRange),
        ("2026-07-10T23:59:00.", .malformed), ("2026-07-10T23:59:00+01:00", .trailingCharacters),
        ("", .malformed), ("0000-01-01", .yearOutOfRange), ("2026-07-10Tx", .malformed),
    ])
    func rejected(_ text: String, _ kind: TimeError.Kind) {
        do {
            _ = try Instant(iso8601: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.kind == kind, "\(text)")
            #expect(error.text == text)
        }
    }

    @Test func formatting() throws {
        let t = try Instant(iso8601: "2026-07-10T03:44:00.383136")
        #expect(t.iso8601() == "2026-07-10T03:44:00.383136")
        #expect(t.iso8601(fractionDigits: 3, zulu: true) == "2026-07-10T03:44:00.383Z")
        #expect(t.iso8601(fractionDigits: 0, dayOfYear: true, separator: " ") == "2026-191 03:44:00")
        #expect(t.description == "2026-07-10T03:44:00.383136Z")
        #expect(try Instant(iso8601: "2026-12-31T23:59:59.9999996").iso8601() == "2027-01-01T00:00:00.000000")
    }

    /// Round trip within 1 µs over 1950–2100 at irregular steps.
    @Test func roundTrip() throws {
        var t = try Instant(iso8601: "1950-01-01T00:00:00.000001")
        var count = 0
        while t.year < 2101 {
            let text = t.iso8601(fractionDigits: 6)
            let back = try Instant(iso8601: text)
            #expect(abs(back.seconds(since: t)) <= 0.5e-6 + 1e-9, "\(text)")
            #expect(back.iso8601(fractionDigits: 6) == text)
            t = t.adding(seconds: 3_157_913.123_457)
            count += 1
        }
        #expect(count > 1400)
    }
}
