import Foundation
import Testing

@testable import Orbits

/// Parsed values and written lines against python-sgp4 2.27 (C++ accelerated `Satrec` and
/// `export_tle`), from `Benchmarks/reference/tle_reference.tsv` made by
/// `Benchmarks/reference/tle_reference.py`. Tolerance: none (bit-for-bit, text-for-text).
@Suite struct TLEReferenceTests {
    static let rows: [[String]] = {
        let url = SharedData.repositoryRoot.appendingPathComponent("Benchmarks/reference/tle_reference.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }()

    /// python-sgp4's unit conversions (io.py `twoline2rv`), applied to our parsed values.
    static let deg2rad = Double.pi / 180.0
    static let xpdotp = 1440.0 / (2.0 * Double.pi)

    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func setsMatchPythonSGP4() throws {
        let sets = TLEReferenceTests.rows.filter { $0[0] == "set" }
        #expect(sets.count == 229)
        for row in sets {
            let options: TLEParseOptions = row[1].hasPrefix("sgp4") ? .ignoringChecksums : .strict
            let e = try MeanElements(tleLine1: row[2], line2: row[3], options: options)
            let v = row[4...18].map { Double($0)! }
            let context = Comment(rawValue: row[2])
            #expect(e.epoch.julianDay == v[0] && e.epoch.fraction == v[1], context)
            #expect(e.meanMotionDot / (TLEReferenceTests.xpdotp * 1440.0) == v[2], context)
            #expect(e.meanMotionDDot / (TLEReferenceTests.xpdotp * 1440.0 * 1440) == v[3], context)
            #expect(e.bstar == v[4], context)
            #expect(e.inclination * TLEReferenceTests.deg2rad == v[5], context)
            #expect(e.rightAscension * TLEReferenceTests.deg2rad == v[6], context)
            #expect(e.eccentricity == v[7], context)
            #expect(e.argumentOfPerigee * TLEReferenceTests.deg2rad == v[8], context)
            #expect(e.meanAnomaly * TLEReferenceTests.deg2rad == v[9], context)
            #expect(e.meanMotion / TLEReferenceTests.xpdotp == v[10], context)
            #expect(Double(e.revolutionNumber) == v[11] && Double(e.elementSetNumber) == v[12], context)
            #expect(Double(e.ephemerisType) == v[13] && Double(e.catalogNumber) == v[14], context)
            let written = try e.tleLines()
            #expect(written.line1 == row[19], context)
            #expect(written.line2 == row[20], context)
        }
    }

    /// Every set of each catalog file written as python-sgp4 `export_tle` writes it: same
    /// FNV-1a hash over all lines, same number of lines differing from the file, per field.
    @Test(.enabled(if: SharedData.isAvailable, SharedData.missingMessage))
    func wholeFilesMatchPythonExport() throws {
        let files = TLEReferenceTests.rows.filter { $0[0] == "file" }
        #expect(files.count == 3)
        for row in files {
            let path = row[1]
            let data = try SharedData.data(path)
            let catalog = TLECatalog(bytes: data, file: path)
            let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: true) {
                $0 == "\n" || $0 == "\r\n"
            }.map { String($0.prefix(69)) }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var differs1 = 0
            var differs2 = 0
            var fields = [0, 0, 0, 0]
            let columns = [(2, 7), (33, 43), (44, 52), (53, 61)]
            for entry in catalog.entries {
                let original1 = Array(lines[entry.line - 1].utf8)
                let original2 = Array(lines[entry.line].utf8)
                let (w1, w2) = try entry.elements.tleLines()
                for byte in (w1 + "\n" + w2 + "\n").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                let written1 = Array(w1.utf8)
                if written1 != original1 { differs1 += 1 }
                if Array(w2.utf8) != original2 { differs2 += 1 }
                for (i, (a, b)) in columns.enumerated() where written1[a..<b] != original1[a..<b] { fields[i] += 1 }
            }
            #expect(catalog.entries.count == Int(row[2])!, "\(path)")
            #expect(differs1 == Int(row[3])! && differs2 == Int(row[4])!, "\(path)")
            #expect(fields == row[5...8].map { Int($0)! }, "\(path)")
            #expect(String(hash, radix: 16) == row[9].drop { $0 == "0" }, "\(path)")
        }
    }
}
