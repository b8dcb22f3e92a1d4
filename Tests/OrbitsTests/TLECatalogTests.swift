import Foundation
import Testing

@testable import Orbits

/// Loading the shared catalog files (counts from ../shared/data/catalog/PROVENANCE.md, which
/// were counted independently with Python when the files were collected).
@Suite struct TLECatalogTests {
    func load(_ path: String, options: TLEParseOptions = .strict) throws -> TLECatalog {
        TLECatalog(bytes: try SharedData.data(path), file: path, options: options)
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func fullCatalog3LE() throws {
        let catalog = try load("catalog/full_catalog_3le_2023-09-04.txt.gz")
        #expect(catalog.errors == [])
        #expect(catalog.entries.count == 25_587)
        let elements = catalog.elements
        #expect(Set(elements.map(\.catalogNumber)).count == 25_587)
        // 261 "TBA - TO BE ASSIGNED" Alpha-5 objects T0000... (270,000 and up).
        let tba = elements.filter { $0.catalogNumber >= 270_000 }
        #expect(tba.count == 261)
        #expect(tba.allSatisfy { $0.catalogNumber < 280_000 && $0.name == "TBA - TO BE ASSIGNED" })
        #expect(elements.filter { $0.name?.contains("DEB") ?? false }.count == 11_337)
        let first = try #require(elements.first)
        #expect(first.name == "VANGUARD 1" && first.catalogNumber == 5 && first.internationalDesignator == "58002B")
        // B* as python-sgp4 computes it: float("-.87682") * pow(10, -5), not the literal -0.87682e-5.
        #expect(first.bstar == -0.87682 * 1e-5 && first.bstar != -0.87682e-5)
        #expect(first.meanMotion == 10.85082828 && first.revolutionNumber == 33278)
        // Space-padded catalog field "1    12U": number 12.
        #expect(elements.contains { $0.catalogNumber == 12 })
        // Lines 2 and 3 of the file are the first set's lines 1 and 2.
        #expect(catalog.entries[0].line == 2 && catalog.entries[1].line == 5)
        #expect(catalog.entries.allSatisfy { $0.trailingText == nil })
    }

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func activeSets() throws {
        let crlf = try load("catalog/active_tle_2023-08-20.txt.gz")
        #expect(crlf.errors == [])
        #expect(crlf.entries.count == 8_405)
        #expect(crlf.elements.filter { $0.name?.hasPrefix("STARLINK") ?? false }.count == 4_566)
        #expect(crlf.elements.allSatisfy { $0.name != nil && !$0.name!.hasSuffix(" ") })
        let recent = try load("catalog/active_tle_2026-03-19.txt.gz")
        #expect(recent.errors == [])
        #expect(recent.entries.count == 14_710)
        #expect(recent.elements.filter { $0.name?.hasPrefix("STARLINK") ?? false }.count == 9_934)
    }

    /// Vallado's file: 33 sets; three have deliberately wrong checksums (33333, 33334, 33335).
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func sgp4VerificationFile() throws {
        let path = "sgp4-verification/SGP4-VER.TLE"
        let lenient = try load(path, options: .ignoringChecksums)
        #expect(lenient.errors == [])
        #expect(lenient.entries.count == 33)
        #expect(Set(lenient.elements.map(\.catalogNumber)).count == 32)
        #expect(lenient.entries.allSatisfy { $0.trailingText != nil })
        let first = try #require(lenient.entries.first)
        #expect(first.elements.catalogNumber == 5 && first.trailingText == "0.00      4320.0        360.00")
        let str3 = try #require(lenient.elements.first { $0.catalogNumber == 11801 })
        #expect(str3.internationalDesignator == "" && str3.elementSetNumber == 1 && str3.ephemerisType == 0)

        let strict = try load(path)
        #expect(strict.entries.count == 30)
        #expect(strict.errors.map(\.kind) == [.checksumMismatch, .checksumMismatch, .checksumMismatch])
        #expect(strict.errors.allSatisfy { $0.file == path && $0.field == .checksum && $0.column == 69 })
        #expect(strict.errors.compactMap(\.line) == [100, 103, 106])
    }
}
