import Testing

@testable import Orbits

/// Field-by-field parsing and error reporting on deliberately corrupted copies of a real TLE
/// (the ISS set in Vallado's and CelesTrak's examples; expected values are its printed digits).
@Suite struct TLEParseTests {
    static let line1 = "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927"
    static let line2 = "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537"

    /// Replaces columns `column ..< column + text.count` (1-based) and fixes the checksum, so
    /// only the field itself is wrong.
    static func corrupt(_ line: String, column: Int, _ text: String, fixChecksum: Bool = true) -> String {
        var bytes = Array(line.utf8)
        for (i, b) in text.utf8.enumerated() { bytes[column - 1 + i] = b }
        if fixChecksum {
            var sum = 0
            for b in bytes[0..<68] { if b >= 48 && b <= 57 { sum += Int(b - 48) } else if b == 45 { sum += 1 } }
            bytes[68] = UInt8(48 + sum % 10)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func readsEveryField() throws {
        let e = try MeanElements(tleLine1: TLEParseTests.line1, line2: TLEParseTests.line2, name: "0 ISS (ZARYA)  ")
        #expect(e.name == "ISS (ZARYA)")
        #expect(e.catalogNumber == 25544 && e.classification == "U" && e.internationalDesignator == "98067A")
        #expect(e.epoch.iso8601(fractionDigits: 6) == "2008-09-20T12:25:40.104192")
        #expect(e.meanMotionDot == -0.00002182 && e.meanMotionDDot == 0 && e.bstar == -0.11606 * 1e-4)
        #expect(e.ephemerisType == 0 && e.elementSetNumber == 292)
        #expect(e.inclination == 51.6416 && e.rightAscension == 247.4627 && e.eccentricity == 0.0006703)
        #expect(e.argumentOfPerigee == 130.536 && e.meanAnomaly == 325.0288 && e.meanMotion == 15.72125391)
        #expect(e.revolutionNumber == 56353)
        let written = try e.tleLines()
        #expect(written.line1 == TLEParseTests.line1 && written.line2 == TLEParseTests.line2)
        #expect(try e.tleText() == "0 ISS (ZARYA)\n" + TLEParseTests.line1 + "\n" + TLEParseTests.line2 + "\n")
    }

    @Test func toleratesCRLFAndTrailingBlanks() throws {
        let plain = try MeanElements(tleLine1: TLEParseTests.line1, line2: TLEParseTests.line2)
        let crlf = try MeanElements(tleLine1: TLEParseTests.line1 + "  \r\n", line2: TLEParseTests.line2 + "\r\n")
        #expect(plain == crlf)
        let text = "ISS (ZARYA)             \r\n" + TLEParseTests.line1 + "\r\n" + TLEParseTests.line2 + "   \r\n"
        #expect(try MeanElements(tle: text).name == "ISS (ZARYA)")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: Int, column: Int, text: String, field: TLEField, kind: TLEError.Kind
        var testDescription: String { "line \(line) col \(column) '\(text)' -> \(field) \(kind)" }
    }

    @Test(arguments: [
        Case(line: 1, column: 1, text: "3", field: .lineNumber, kind: .wrongLineNumber),
        Case(line: 1, column: 9, text: "X", field: .layout, kind: .misplacedSeparator),
        Case(line: 1, column: 3, text: "25X44", field: .catalogNumber, kind: .invalidNumber),
        Case(line: 1, column: 3, text: "I5544", field: .catalogNumber, kind: .invalidNumber),
        Case(line: 1, column: 3, text: "25 44", field: .catalogNumber, kind: .invalidNumber),
        Case(line: 1, column: 8, text: "X", field: .classification, kind: .invalidNumber),
        Case(line: 1, column: 10, text: "98#67A", field: .internationalDesignator, kind: .invalidNumber),
        Case(line: 1, column: 19, text: "08264.5178252X", field: .epoch, kind: .invalidNumber),
        Case(line: 1, column: 19, text: "08000.51782528", field: .epoch, kind: .outOfRange),
        Case(line: 1, column: 19, text: "09366.51782528", field: .epoch, kind: .outOfRange),
        Case(line: 1, column: 34, text: "-.0000218X", field: .meanMotionDot, kind: .invalidNumber),
        Case(line: 1, column: 34, text: "-.00-02182", field: .meanMotionDot, kind: .invalidNumber),
        Case(line: 1, column: 45, text: " 00000-X", field: .meanMotionDDot, kind: .invalidNumber),
        Case(line: 1, column: 45, text: "*00000-0", field: .meanMotionDDot, kind: .invalidNumber),
        Case(line: 1, column: 54, text: "-11606*4", field: .bstar, kind: .invalidNumber),
        Case(line: 1, column: 54, text: "-11 06-4", field: .bstar, kind: .invalidNumber),
        Case(line: 1, column: 63, text: "X", field: .ephemerisType, kind: .invalidNumber),
        Case(line: 1, column: 65, text: " 2X2", field: .elementSetNumber, kind: .invalidNumber),
        Case(line: 2, column: 1, text: "1", field: .lineNumber, kind: .wrongLineNumber),
        Case(line: 2, column: 17, text: "X", field: .layout, kind: .misplacedSeparator),
        Case(line: 2, column: 3, text: "25545", field: .catalogNumber, kind: .catalogNumberMismatch),
        Case(line: 2, column: 9, text: "181.0000", field: .inclination, kind: .outOfRange),
        Case(line: 2, column: 9, text: " 51.64X6", field: .inclination, kind: .invalidNumber),
        Case(line: 2, column: 9, text: " -1.0000", field: .inclination, kind: .outOfRange),
        Case(line: 2, column: 18, text: "360.0001", field: .rightAscension, kind: .outOfRange),
        Case(line: 2, column: 27, text: "00067A3", field: .eccentricity, kind: .invalidNumber),
        Case(line: 2, column: 27, text: "-006703", field: .eccentricity, kind: .invalidNumber),
        Case(line: 2, column: 35, text: "400.0000", field: .argumentOfPerigee, kind: .outOfRange),
        Case(line: 2, column: 44, text: "325.02.8", field: .meanAnomaly, kind: .invalidNumber),
        Case(line: 2, column: 53, text: " 0.00000000", field: .meanMotion, kind: .outOfRange),
        Case(line: 2, column: 53, text: "15.7212539X", field: .meanMotion, kind: .invalidNumber),
        Case(line: 2, column: 64, text: "5635X", field: .revolutionNumber, kind: .invalidNumber),
    ])
    func corruptedField(_ c: Case) {
        var l1 = TLEParseTests.line1
        var l2 = TLEParseTests.line2
        if c.line == 1 {
            l1 = TLEParseTests.corrupt(l1, column: c.column, c.text)
        } else {
            l2 = TLEParseTests.corrupt(l2, column: c.column, c.text)
        }
        do {
            _ = try MeanElements(tleLine1: l1, line2: l2)
            Issue.record("accepted \(c)")
        } catch {
            #expect(error.field == c.field && error.kind == c.kind)
            #expect(error.line == c.line)
            let column = c.field == .layout || c.field == .lineNumber ? c.column : nil
            if let column { #expect(error.column == column) }
            if c.field != .layout && c.field != .lineNumber {
                #expect(error.text.contains(c.text.trimmingBlanksForTest()))
            }
        }
    }

    @Test func checksums() throws {
        let bad = TLEParseTests.corrupt(TLEParseTests.line2, column: 69, "8", fixChecksum: false)
        #expect(throws: TLEError(.checksumMismatch, field: .checksum, text: "8", line: 2, column: 69)) {
            try MeanElements(tleLine1: TLEParseTests.line1, line2: bad)
        }
        // A changed digit that still parses is caught by the checksum ('-' counts 1: a '-' → '+' flip too).
        let flipped = TLEParseTests.corrupt(TLEParseTests.line1, column: 54, "+", fixChecksum: false)
        #expect(throws: TLEError.self) { try MeanElements(tleLine1: flipped, line2: TLEParseTests.line2) }
        #expect(try MeanElements(tleLine1: flipped, line2: bad, options: .ignoringChecksums).bstar == 0.11606 * 1e-4)
        let short = String(TLEParseTests.line1.dropLast())
        #expect(throws: TLEError(.lineTooShort, field: .layout, text: short, line: 1, column: 69)) {
            try MeanElements(tleLine1: short, line2: TLEParseTests.line2)
        }
        #expect(
            try MeanElements(tleLine1: short, line2: TLEParseTests.line2, options: .ignoringChecksums).catalogNumber
                == 25544)
    }

    @Test func impliedDecimalVariants() throws {
        func nddot(_ field: String) throws -> Double {
            try MeanElements(
                tleLine1: TLEParseTests.corrupt(TLEParseTests.line1, column: 45, field), line2: TLEParseTests.line2
            )
            .meanMotionDDot
        }
        #expect(try nddot(" 12345-3") == 0.12345 * 1e-3)
        #expect(try nddot("+12345-3") == 0.12345 * 1e-3)
        #expect(try nddot("-12345-3") == -0.12345 * 1e-3)
        #expect(try nddot(" 12345+1") == 0.12345 * 10)
        #expect(try nddot(" 12345 1") == 0.12345 * 10)
        #expect(try nddot(" 00000+0") == 0)
    }

    /// Alpha-5 values from the scheme's definition (python-sgp4 `alpha5.py` agrees).
    @Test(arguments: [
        ("A0000", 100_000), ("A9999", 109_999), ("H0000", 170_000), ("J0000", 180_000), ("N0000", 220_000),
        ("P0000", 230_000), ("T0000", 270_000), ("T0123", 270_123), ("Z9999", 339_999), ("00005", 5), ("99999", 99_999),
    ])
    func alpha5(_ text: String, _ number: Int) throws {
        #expect(Alpha5.decode(text) == number)
        #expect(Alpha5.encode(number) == text)
        let l1 = TLEParseTests.corrupt(TLEParseTests.line1, column: 3, text)
        let l2 = TLEParseTests.corrupt(TLEParseTests.line2, column: 3, text)
        let e = try MeanElements(tleLine1: l1, line2: l2)
        #expect(e.catalogNumber == number)
        #expect(try e.tleLines().line1 == l1 && e.tleLines().line2 == l2)
    }

    @Test func alpha5Rejects() {
        for text in ["I0000", "O0000", "a0000", "A000", "A00X0", "     "] {
            #expect(Alpha5.decode(text) == nil, "\(text)")
        }
        #expect(Alpha5.decode("   12") == 12)
        #expect(Alpha5.encode(340_000) == nil && Alpha5.encode(-1) == nil)
    }

    @Test func writerRejectsUnrepresentableValues() throws {
        var e = try MeanElements(tleLine1: TLEParseTests.line1, line2: TLEParseTests.line2)
        e.catalogNumber = 340_000
        #expect(throws: TLEError(.notRepresentable, field: .catalogNumber, text: "340000")) { try e.tleLines() }
        e.catalogNumber = 25544
        e.bstar = 1e-12
        #expect(throws: TLEError.self) { try e.tleLines() }
        e.bstar = 0
        e.epoch = try Instant(year: 2057, month: 1, day: 1)
        #expect(throws: TLEError.self) { try e.tleLines() }
        e.epoch = try Instant(year: 2026, month: 7, day: 10, hour: 23, minute: 59, second: 59.9999999)
        #expect(try e.tleLines().line1.contains(" 26192.00000000 "))  // 8-decimal rounding carries the day
    }
}

extension String {
    /// Test helper: the text without leading and trailing blanks.
    func trimmingBlanksForTest() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
