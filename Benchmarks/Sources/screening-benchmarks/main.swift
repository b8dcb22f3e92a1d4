import BenchmarkSupport
import Foundation
import Orbits
import Screening

// Screening benchmark: screens a TLE catalog and prints wall and CPU time, the counts of the
// filter stages and peak memory; writes the conjunctions as JSON for compare.py.
// Usage: screening-benchmarks CATALOG START_ISO HOURS THRESHOLD_KM [OUT.json] [--step S] [--threads N]
// (docs/screening.md; Benchmarks/screening/run-benchmark.sh runs it beside astroz.)

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
let step = option("--step", in: &arguments).flatMap(Double.init) ?? 30
let threads = option("--threads", in: &arguments).flatMap(Int.init) ?? BatchThreads.default
guard arguments.count >= 4, let hours = Double(arguments[2]), let km = Double(arguments[3]) else {
    FileHandle.standardError.write(
        Data("usage: screening-benchmarks CATALOG START HOURS THRESHOLD_KM [OUT.json] [--step S] [--threads N]\n".utf8))
    exit(2)
}
let path = arguments[0]
let start = try Instant(iso8601: arguments[1])
let output = arguments.count > 4 ? arguments[4] : nil

let loadStart = Clock.wall()
let catalog = TLECatalog(bytes: try SharedDataFolder.data(URL(fileURLWithPath: path)), file: path)
if !catalog.errors.isEmpty { print("skipped \(catalog.errors.count) invalid element sets") }
let elements = catalog.elements
let loadSeconds = Clock.wall() - loadStart

let cpu0 = Clock.cpu()
let wall0 = Clock.wall()
let screener = try Screener(
    catalog: elements,
    options: ScreeningOptions(
        start: start, spanSeconds: hours * 3600, threshold: .distance(km: km), nodeStepSeconds: step, threads: threads))
let report = screener.run { p in
    if p.phase == .nodes && p.completed % (64 * 8) != 0 && p.completed != p.total { return }
    let line =
        "\r\(p.phase.rawValue) \(p.completed)/\(p.total), \(p.candidates) windows, \(Int(Clock.wall() - wall0)) s"
    FileHandle.standardError.write(Data(line.utf8))
}
let wall = Clock.wall() - wall0
let cpu = Clock.cpu() - cpu0
FileHandle.standardError.write(Data("\n".utf8))

let s = report.statistics
let comoving = report.conjunctions.filter { $0.flags.contains(.comoving) }.count
print(
    "concord screen: \(s.objects) objects, \(hours) h, \(km) km, step \(step) s, \(threads) threads: "
        + "wall \(String(format: "%.2f", wall)) s, cpu \(String(format: "%.2f", cpu)) s (load \(String(format: "%.1f", loadSeconds)) s)"
)
print(
    "  nodes \(s.nodes), pair tests \(s.pairTests), candidate windows \(s.candidateWindows), "
        + "candidate pairs \(s.candidatePairs), co-moving pairs \(s.comovingPairs), SGP4 pair evaluations \(s.refinementEvaluations)"
)
print("  conjunctions \(report.conjunctions.count) (\(comoving) co-moving), failures \(report.failures.count)")
print("  peak RSS \(Clock.peakMegabytes()) MB")

if let output {
    var rows: [String] = []
    for c in report.conjunctions {
        let flags = c.flags.names.map { "\"\($0)\"" }.joined(separator: ",")
        rows.append(
            "{\"primary\":{\"norad\":\(c.primary.catalogNumber),\"name\":\(JSONText.quote(c.primary.name))},"
                + "\"secondary\":{\"norad\":\(c.secondary.catalogNumber),\"name\":\(JSONText.quote(c.secondary.name))},"
                + "\"tca_seconds\":\(c.tcaSeconds),\"miss_km\":\(c.missDistance),"
                + "\"relative_speed_km_s\":\(c.relativeSpeed),\"flags\":[\(flags)]}")
    }
    let failures = report.failures.map {
        "{\"object\":{\"norad\":\($0.object.catalogNumber)},\"code\":\($0.error.code.rawValue)}"
    }
    let text =
        "{\"wall_s\":\(wall),\"cpu_s\":\(cpu),\"conjunctions\":[\n" + rows.joined(separator: ",\n")
        + "\n],\"failures\":[" + failures.joined(separator: ",") + "]}\n"
    try text.write(toFile: output, atomically: true, encoding: .utf8)
}
