import Foundation
import Orbits

extension PassReport {
    /// CSV: the `columns` header, then one row per pass; text fields quoted when they hold a
    /// comma, a quote or a line break.
    func appendCSV(to out: inout [UInt8]) {
        out.append(contentsOf: Self.columns.joined(separator: ",").utf8)
        out.append(10)
        for pass in passes {
            out.append(contentsOf: fields(pass).map(Self.csvField).joined(separator: ",").utf8)
            out.append(10)
        }
    }

    /// JSON: an array of objects with the `columns` as members; numbers as numbers, times as
    /// ISO-8601 strings with milliseconds.
    func appendJSON(to out: inout [UInt8]) {
        let numeric: Set<String> = [
            "norad", "duration_s", "max_elevation_deg", "aos_azimuth_deg", "culmination_azimuth_deg",
            "los_azimuth_deg",
        ]
        out.append(contentsOf: passes.isEmpty ? "[]\n".utf8 : "[\n".utf8)
        for (index, pass) in passes.enumerated() {
            let members = zip(Self.columns, fields(pass)).map { key, value in
                "\"\(key)\": " + (numeric.contains(key) ? value : Self.jsonString(value))
            }
            out.append(contentsOf: "  {\(members.joined(separator: ", "))}".utf8)
            out.append(contentsOf: (index + 1 < passes.count ? ",\n" : "\n]\n").utf8)
        }
    }

    /// Aligned columns for a terminal, then a summary line.
    func table() -> String {
        let header = [
            "NORAD", "NAME", "STATION", "AOS (UTC)", "CULMINATION", "LOS", "DURATION", "MAX EL", "AZ AOS",
            "AZ MAX", "AZ LOS", "TRUNCATED",
        ]
        let rows = passes.map { pass -> [String] in
            [
                "\(pass.catalogNumber)", name(pass), station(pass), Self.tableTime(pass.aos),
                Self.tableTime(pass.culmination), Self.tableTime(pass.los), Self.minutesSeconds(pass.duration),
                FixedPoint.string(pass.maximumElevation, decimals: 1), FixedPoint.string(pass.aosAzimuth, decimals: 1),
                FixedPoint.string(pass.culminationAzimuth, decimals: 1),
                FixedPoint.string(pass.losAzimuth, decimals: 1),
                pass.startsAtSpanStart || pass.endsAtSpanEnd ? Self.truncation(pass) : "",
            ]
        }
        let rightAligned: Set<Int> = [0, 6, 7, 8, 9, 10]
        var widths = header.map(\.count)
        for row in rows { for (i, field) in row.enumerated() { widths[i] = max(widths[i], field.count) } }
        func line(_ fields: [String]) -> String {
            let padded = fields.enumerated().map { i, field in
                let pad = String(repeating: " ", count: widths[i] - field.count)
                return rightAligned.contains(i) ? pad + field : field + pad
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var text = line(header)
        for row in rows { text += line(row) }
        let satelliteCount = Set(passes.map(\.satellite)).count
        text +=
            "\(passes.count) passes of \(satelliteCount) of \(satellites.count) satellites over \(stations.count) "
            + "stations from \(Self.time(start)) to \(Self.time(end))\n"
        return text
    }

    /// `2026-03-19 00:12:34` (rounded to the second).
    static func tableTime(_ instant: Instant) -> String { instant.iso8601(fractionDigits: 0, separator: " ") }

    /// `12:34` (minutes:seconds), or `1:02:03` (hours:minutes:seconds) from an hour on, for a
    /// duration in seconds.
    static func minutesSeconds(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + "\(value)" }
        if whole >= 3_600 { return "\(whole / 3_600):\(two(whole / 60 % 60)):\(two(whole % 60))" }
        return "\(whole / 60):\(two(whole % 60))"
    }

    /// A CSV field, quoted when needed.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
