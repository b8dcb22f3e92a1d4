import Foundation

@testable import Orbits

/// Reads Vallado's verification files: `SGP4-VER.TLE` (element sets followed by start,
/// stop and step in minutes after column 69) and `tcppver.out` (the expected states).
enum VerificationFile {
    struct Case {
        var elements: MeanElements
        var start: Double
        var stop: Double
        var step: Double

        /// The times `testcpp` prints: 0, then start...stop by step, and stop itself if the
        /// last step falls short of it.
        var times: [Double] {
            var result: [Double] = [0]
            var t = start
            while t <= stop {
                if !(t == start && start == 0) { result.append(t) }
                t += step
            }
            if t - stop < step - 1e-6 { result.append(stop) }
            return result
        }
    }

    struct Row {
        var tsince: Double
        var position: SIMD3<Double>
        var velocity: SIMD3<Double>
    }

    struct Block {
        var catalogNumber: Int
        var rows: [Row]
    }

    static func cases() throws -> [Case] {
        let lines = try SharedData.text("sgp4-verification/SGP4-VER.TLE")
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        var result: [Case] = []
        var index = 0
        while index < lines.count {
            let line1 = lines[index]
            guard line1.hasPrefix("1 "), index + 1 < lines.count else {
                index += 1
                continue
            }
            let line2 = lines[index + 1]
            index += 2
            let elements = provisionalParse(line1, line2)
            let extra = line2.dropFirst(69).split(separator: " ").compactMap { Double($0) }
            result.append(Case(elements: elements, start: extra[0], stop: extra[1], step: extra[2]))
        }
        return result
    }

    /// Fixed-column reading of the two lines (temporary, until the TLE parser lands).
    static func provisionalParse(_ l1: String, _ l2: String) -> MeanElements {
        let a = Array(l1.utf8), b = Array(l2.utf8)
        func field(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
            String(decoding: bytes[from..<min(to, bytes.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        func implied(_ s: String) -> Double {
            // "-12345-3" -> -0.12345e-3
            var t = s
            var sign = 1.0
            if t.hasPrefix("-") { sign = -1; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
            guard t.count >= 2 else { return 0 }
            let mantissa = Double("0." + t.dropLast(2))!
            let exponent = Double(t.suffix(2).replacingOccurrences(of: "+", with: ""))!
            return sign * mantissa * pow(10.0, exponent)
        }
        let yy = Int(field(a, 18, 20))!
        let year = yy < 57 ? 2000 + yy : 1900 + yy
        let days = Double(field(a, 20, 32))!
        // Julian date of January 1, 00:00 of `year` (Vallado's jday).
        let jan1 = 367.0 * Double(year) - ((7.0 * (Double(year) + ((1.0 + 9.0) / 12.0).rounded(.down))) * 0.25)
            .rounded(.down) + (275.0 / 9.0).rounded(.down) + 1.0 + 1_721_013.5
        return MeanElements(
            catalogNumber: Int(field(a, 2, 7))!, epoch: Instant(julianDay: jan1, fraction: days - 1),
            meanMotionDot: Double(field(a, 33, 43))!, meanMotionDDot: implied(field(a, 44, 52)),
            bstar: implied(field(a, 53, 61)), inclination: Double(field(b, 8, 16))!,
            rightAscension: Double(field(b, 17, 25))!, eccentricity: Double("0." + field(b, 26, 33))!,
            argumentOfPerigee: Double(field(b, 34, 42))!, meanAnomaly: Double(field(b, 43, 51))!,
            meanMotion: Double(field(b, 52, 63))!)
    }

    static func expectedBlocks() throws -> [Block] {
        var blocks: [Block] = []
        var previous: Row?
        for line in try SharedData.text("sgp4-verification/tcppver.out").split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2, fields[1] == "xx" {
                blocks.append(Block(catalogNumber: Int(fields[0])!, rows: []))
                continue
            }
            let numbers = fields.prefix(7).compactMap { Double($0) }
            guard numbers.count == 7 else { continue }
            let row = Row(
                tsince: numbers[0], position: SIMD3(numbers[1], numbers[2], numbers[3]),
                velocity: SIMD3(numbers[4], numbers[5], numbers[6]))
            blocks[blocks.count - 1].rows.append(row)
            previous = row
        }
        _ = previous
        return blocks
    }
}
