import Testing

@testable import Orbits

/// A bad element set never stops a load nor swallows its neighbour. Built from three real sets
/// (ISS 2008, and sets 00005 and 06251 of Vallado's SGP4-VER.TLE), line numbers counted by hand.
@Suite struct TLECatalogRecoveryTests {
    static let iss = ("ISS (ZARYA)", TLEParseTests.line1, TLEParseTests.line2)
    static let vanguard = (
        "0 VANGUARD 1", "1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753",
        "2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667"
    )
    static let delta = (
        "DELTA 1 DEB", "1 06251U 62025E   06176.82412014  .00008885  00000-0  12808-3 0  3985",
        "2 06251  58.0579  54.0425 0030035 139.1568 221.1854 15.56387291  6774"
    )

    func load(_ lines: [String], file: String = "test.tle") -> TLECatalog {
        TLECatalog(text: lines.joined(separator: "\n"), file: file)
    }

    @Test func mixedTwoAndThreeLineSetsWithCommentsAndBlanks() {
        let c = load([
            "# header", "", Self.iss.1, Self.iss.2, Self.vanguard.0, Self.vanguard.1, Self.vanguard.2, "   ",
            Self.delta.0, Self.delta.1, Self.delta.2,
        ])
        #expect(c.errors == [])
        #expect(c.elements.map(\.catalogNumber) == [25544, 5, 6251])
        #expect(c.elements.map(\.name) == [nil, "VANGUARD 1", "DELTA 1 DEB"])
        #expect(c.entries.map(\.line) == [3, 6, 10])
    }

    @Test func missingLine2DoesNotSwallowTheNextSet() {
        let c = load([
            Self.vanguard.0, Self.vanguard.1, Self.delta.0, Self.delta.1, Self.delta.2, Self.iss.1, Self.iss.1,
            Self.iss.2,
        ])
        #expect(c.elements.map(\.catalogNumber) == [6251, 25544])
        #expect(c.errors.map(\.kind) == [.missingLine2, .missingLine2])
        #expect(c.errors.map(\.line) == [2, 6])
        #expect(c.errors.allSatisfy { $0.file == "test.tle" && $0.field == .structure })
    }

    @Test func corruptLine1IsReportedByFieldAndTheNextSetLoads() {
        let badFirst = "X" + Self.vanguard.1.dropFirst()
        let badEpoch = TLEParseTests.corrupt(Self.delta.1, column: 25, "x")
        let c = load([
            Self.vanguard.0, badFirst, Self.vanguard.2, Self.delta.0, badEpoch, Self.delta.2, Self.iss.0, Self.iss.1,
            Self.iss.2,
        ])
        #expect(c.elements.map(\.catalogNumber) == [25544])
        #expect(c.elements.first?.name == "ISS (ZARYA)")
        #expect(c.errors.map(\.field) == [.lineNumber, .epoch])
        #expect(c.errors.map(\.line) == [2, 5])
        #expect(c.errors.map(\.column) == [1, 19])
        #expect(c.errors[1].description == "test.tle:5:19: epoch: invalidNumber \"06176.x2412014\"")
    }

    @Test func strayLines() {
        let c = load([Self.vanguard.2, Self.delta.0, Self.delta.1, Self.delta.2, "LONELY NAME"])
        #expect(c.elements.map(\.catalogNumber) == [6251])
        #expect(c.errors.map(\.kind) == [.missingLine1, .missingLine1])
        #expect(c.errors.map(\.line) == [1, 5])
    }

    @Test func badChecksumSkipsOnlyThatSet() {
        let bad = TLEParseTests.corrupt(Self.vanguard.2, column: 69, "0", fixChecksum: false)
        let c = load([Self.vanguard.0, Self.vanguard.1, bad, Self.delta.0, Self.delta.1, Self.delta.2])
        #expect(c.elements.map(\.catalogNumber) == [6251])
        #expect(
            c.errors == [
                TLEError(.checksumMismatch, field: .checksum, text: "0", file: "test.tle", line: 3, column: 69)
            ])
        let lenient = TLECatalog(
            text: [Self.vanguard.0, Self.vanguard.1, bad].joined(separator: "\r\n"), options: .ignoringChecksums)
        #expect(lenient.elements.map(\.catalogNumber) == [5] && lenient.errors.isEmpty)
    }

    @Test func bytesAndTextAgree() {
        let text = "\u{FEFF}" + [Self.vanguard.0, Self.vanguard.1, Self.vanguard.2].joined(separator: "\r\n") + "\r\n"
        let fromText = TLECatalog(text: text)
        let fromBytes = TLECatalog(bytes: Array(text.utf8))
        #expect(fromText.elements == fromBytes.elements && fromText.elements.count == 1)
    }

    @Test func catalogWritesBackAsCelesTrakText() throws {
        let lines = [Self.vanguard.0, Self.vanguard.1, Self.vanguard.2, Self.delta.0, Self.delta.1, Self.delta.2]
        let c = load(lines)
        let expected = ["VANGUARD 1"] + lines[1...2] + lines[3...5]
        #expect(try c.text(namePrefix: "", lineEnding: "\r\n") == expected.joined(separator: "\r\n") + "\r\n")
        #expect(try c.text(includingNames: false).split(separator: "\n").count == 4)
    }
}
