import Foundation
import Orbits
import Screening

/// Renders a screening report as a table, CSV or JSON.
enum ScreenOutput {
    static func render(_ report: ScreeningReport, format: ScreenFormat) -> String {
        switch format {
        case .table: table(report)
        case .csv: csv(report)
        case .json: json(report)
        }
    }

    static let csvHeader =
        "tca,primary,primary_name,secondary,secondary_name,miss_km,speed_km_s,r_km,t_km,n_km,vr_km_s,vt_km_s,vn_km_s,flags"

    static func csv(_ report: ScreeningReport) -> String {
        var lines = [csvHeader]
        for c in report.conjunctions {
            let fields: [String] = [
                c.tca.iso8601(fractionDigits: 3, zulu: true), "\(c.primary.catalogNumber)", quoted(c.primary.name),
                "\(c.secondary.catalogNumber)", quoted(c.secondary.name), number(c.missDistance, 6),
                number(c.relativeSpeed, 6),
                number(c.rtnPosition.x, 6), number(c.rtnPosition.y, 6), number(c.rtnPosition.z, 6),
                number(c.rtnVelocity.x, 6), number(c.rtnVelocity.y, 6), number(c.rtnVelocity.z, 6),
                c.flags.names.joined(separator: "|"),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ report: ScreeningReport) -> String {
        var lines = [
            "TCA (UTC)                 primary                     secondary                    miss km  speed km/s  flags"
        ]
        for c in report.conjunctions {
            let p = pad("\(c.primary.catalogNumber) \(c.primary.name ?? "")", 27)
            let s = pad("\(c.secondary.catalogNumber) \(c.secondary.name ?? "")", 27)
            lines.append(
                "\(c.tca.iso8601(fractionDigits: 3, zulu: true))  \(p) \(s) \(leftPad(number(c.missDistance, 3), 8))  "
                    + "\(leftPad(number(c.relativeSpeed, 3), 10))  \(c.flags.names.joined(separator: ","))")
        }
        lines.append("\(report.conjunctions.count) conjunctions, \(report.failures.count) objects not propagated")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: ScreeningReport) -> String {
        let conjunctions: [[String: Any]] = report.conjunctions.map { c in
            [
                "tca": c.tca.iso8601(fractionDigits: 6, zulu: true), "tca_seconds": c.tcaSeconds,
                "primary": object(c.primary), "secondary": object(c.secondary),
                "miss_km": c.missDistance, "relative_speed_km_s": c.relativeSpeed,
                "rtn_position_km": [c.rtnPosition.x, c.rtnPosition.y, c.rtnPosition.z],
                "rtn_velocity_km_s": [c.rtnVelocity.x, c.rtnVelocity.y, c.rtnVelocity.z],
                "flags": c.flags.names,
            ]
        }
        let failures: [[String: Any]] = report.failures.map {
            [
                "object": object($0.object), "code": $0.error.code.rawValue,
                "minutes_since_epoch": $0.error.minutesSinceEpoch, "reason": $0.error.code.description,
            ]
        }
        let s = report.statistics
        let root: [String: Any] = [
            "start": report.options.start.iso8601(fractionDigits: 3, zulu: true), "span_s": report.options.spanSeconds,
            "threshold_km": report.options.threshold.enclosingRadius, "objects": s.objects, "nodes": s.nodes,
            "candidate_pairs": s.candidatePairs, "conjunctions": conjunctions, "failures": failures,
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ o: ScreeningObject) -> [String: Any] {
        ["index": o.index, "norad": o.catalogNumber, "name": o.name ?? ""]
    }

    static func number(_ x: Double, _ decimals: Int) -> String { FixedPoint.string(x, decimals: decimals) }

    static func quoted(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "" }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count)
    }

    static func leftPad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
    }
}
