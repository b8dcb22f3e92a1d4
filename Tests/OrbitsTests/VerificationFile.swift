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

    /// The 33 element sets with their start/stop/step, read by the TLE parser with checksum
    /// verification off (cases 33333–33335 carry deliberately wrong checksums).
    static func cases() throws -> [Case] {
        let catalog = TLECatalog(
            text: try SharedData.text("sgp4-verification/SGP4-VER.TLE"), file: "SGP4-VER.TLE",
            options: .ignoringChecksums)
        guard catalog.errors.isEmpty else { throw catalog.errors[0] }
        return catalog.entries.map { entry in
            let extra = (entry.trailingText ?? "").split(separator: " ").compactMap { Double($0) }
            return Case(elements: entry.elements, start: extra[0], stop: extra[1], step: extra[2])
        }
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
