import ArgumentParser
import Foundation
import Orbits
import Screening

/// `concord screen`: conjunction screening of a catalog over a span (docs/screening.md).
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen a catalog for close approaches (all-vs-all, or primaries against the catalog).",
        discussion: """
            Every pair that comes within the threshold during the span is reported at its SGP4 time of \
            closest approach (TCA), with the miss distance (km), relative speed (km/s) and the relative \
            position and velocity on the primary's R/T/N axes. Co-moving pairs (relative speed under \
            10 m/s, e.g. docked modules with their own element sets) are reported once, at their minimum \
            distance over the span, flagged "comoving". Objects SGP4 cannot propagate are listed on \
            stderr (and in JSON output). A progress line is written on stderr.
            """)

    @Option(help: ArgumentHelp("Catalog: TLE/3LE or OMM (KVN, XML, JSON, CSV); .gz accepted.", valueName: "file"))
    var catalog: String

    @Option(
        help: ArgumentHelp(
            "Primaries: an element file (added to the catalog when absent) or NORAD numbers, comma-separated.",
            valueName: "file|ids"))
    var primaries: String?

    @Option(help: ArgumentHelp("Start of the span, UTC, ISO-8601.", valueName: "time"))
    var from: UTCTime

    @Option(help: ArgumentHelp("Length of the span: 3600, 6h, 1d, 7d.", valueName: "duration"))
    var span = TimeStep(seconds: 86_400)

    @Option(
        help: ArgumentHelp(
            "Threshold: a distance (5km, 500m, 5) or an R×T×N ellipsoid of semi-axes (0.5x5x2km).",
            valueName: "distance"))
    var threshold = ThresholdArgument(.distance(km: 5))

    @Option(help: ArgumentHelp("Node step of the coarse search (speed only, not the result).", valueName: "duration"))
    var step = TimeStep(seconds: 30)

    @Option(help: "Output: table, csv or json.")
    var format = ScreenFormat.table

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(
        name: .customLong("cdm-out"),
        help: ArgumentHelp(
            "Also write one CCSDS CDM (KVN) per conjunction into this folder (created if absent).",
            valueName: "dir"))
    var cdmOut: String?

    @Option(name: .customLong("cdm-format"), help: "CDM encoding with --cdm-out: kvn or xml.")
    var cdmFormat = CDMEncoding.kvn

    @Option(help: ArgumentHelp("ORIGINATOR of the CDMs written.", valueName: "name"))
    var originator = "CONCORD"

    @Option(help: "Worker threads (default: every core).")
    var threads: Int?

    @Flag(name: .customLong("skip-invalid"), help: "Skip element sets that do not parse (warning on stderr).")
    var skipsInvalid = false

    @Flag(help: "No progress line on stderr.")
    var quiet = false

    func validate() throws {
        guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        var elements = try CatalogFile.load(catalog, skipsInvalid: skipsInvalid)
        var primaryIDs: Set<Int>?
        if let primaries {
            let (ids, extra) = try CatalogFile.primaries(primaries, catalog: elements, skipsInvalid: skipsInvalid)
            primaryIDs = ids
            elements.append(contentsOf: extra)
        }
        let options = ScreeningOptions(
            start: from.instant, spanSeconds: span.seconds, threshold: threshold.value, primaries: primaryIDs,
            nodeStepSeconds: step.seconds, threads: threads ?? BatchThreads.default)
        let screener = try Screener(catalog: elements, options: options)
        let started = BenchTiming.wallSeconds()
        var progress: (@Sendable (ScreeningProgress) -> Void)?
        if !quiet { progress = { @Sendable p in ScreenProgressLine.print(p, since: started) } }
        let report = screener.run(progress: progress)
        if !quiet { ScreenProgressLine.finish(report, since: started) }
        if !report.failures.isEmpty {
            Diagnostics.warn(
                report.failures.map {
                    "object \($0.object.catalogNumber) (\($0.object.name ?? "unnamed")) not propagated: \($0.error)"
                })
        }
        var sink = try OutputSink(path: output)
        sink.write(ScreenOutput.render(report, format: format))
        sink.flush()
        if let cdmOut {
            try CDMFolder(path: cdmOut, encoding: cdmFormat).write(
                report.conjunctions, options: options, originator: originator, creationDate: .now)
        }
    }
}

/// The encoding of `concord screen`'s output.
enum ScreenFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, csv, json
}
