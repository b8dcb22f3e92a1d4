import ArgumentParser
import Orbits

/// `concord passes`: every pass of the satellites over the ground stations in a time span.
struct PassesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passes",
        abstract: "Predict the passes of satellites over ground stations (AOS, culmination, LOS).",
        discussion: """
            A pass is an interval during which a satellite is at or above a station's horizon mask \
            (geodetic elevation, no refraction). The search is exhaustive: no pass longer than 0.1 s \
            is missed, whatever --step is; AOS and LOS are refined to 0.1 ms. Times are UTC, \
            ISO-8601, with milliseconds; angles in degrees, azimuth clockwise from north; durations \
            in seconds.

            --stations reads a Concord station CSV (docs/stations.md), a SatNOGS station JSON \
            (Online and Testing stations), a NASA NDOSL CSV (header with stdn_code; active \
            stations), or a brahe GeoJSON file or directory, recognised by content. Stations with \
            no mask of their own (NDOSL, brahe) get --min-elevation, or 0 deg.

            A pass already in progress at --from, or still in progress at --to, is cut at the span \
            and marked in the truncated column (start, end or both; no otherwise). Satellites SGP4 \
            cannot propagate over part of the span are reported on stderr and searched where they can be.
            """)

    @OptionGroup(title: "Satellites")
    var source: ElementSource

    @Option(help: ArgumentHelp("Ground station file or brahe directory (see above).", valueName: "file"))
    var stations: String

    @Option(help: ArgumentHelp("Start of the span, UTC, ISO-8601.", valueName: "time"))
    var from: UTCTime

    @Option(help: ArgumentHelp("End of the span, UTC, ISO-8601.", valueName: "time"))
    var to: UTCTime

    @Option(
        name: .customLong("min-elevation"),
        help: ArgumentHelp(
            "Raise every station's mask to at least this elevation, degrees (also the mask of stations without one).",
            valueName: "deg"))
    var minimumElevation: Double?

    @Option(help: "Output: table, csv or json.")
    var format = PassFormat.table

    @Option(
        help: ArgumentHelp(
            "Propagation grid of the search: seconds or 30s, 1m...; changes only the speed, not the passes.",
            valueName: "duration"))
    var step = TimeStep(seconds: PassPredictor.defaultStep)

    @Option(help: "Worker threads (default: every core).")
    var threads: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard to.instant.seconds(since: from.instant) > 0 else {
            throw ValidationError("--from \(from.instant) must be before --to \(to.instant).")
        }
        if let minimumElevation, !(-90...90).contains(minimumElevation) {
            throw ValidationError("--min-elevation must be within -90...90 degrees, got \(minimumElevation).")
        }
        guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        let elements = try source.load()
        let stationList = try loadStations()
        let predictor = PassPredictor(
            satellites: elements.map { SGP4Propagator($0) }, stations: stationList, step: step.seconds)
        let prediction = predictor.passes(from: from.instant, to: to.instant, threads: threads ?? BatchThreads.default)
        Diagnostics.warn(
            prediction.failures.map { failure in
                let element = elements[failure.satellite]
                let time = element.epoch.adding(minutes: failure.error.minutesSinceEpoch)
                return "NORAD \(failure.catalogNumber)\(element.name.map { " (\($0))" } ?? ""): SGP4 failed at "
                    + "\(time) (\(failure.error.code), code \(failure.error.code.rawValue)); passes searched only "
                    + "where it propagates"
            })
        let report = PassReport(
            passes: prediction.passes, satellites: elements, stations: stationList, start: from.instant,
            end: to.instant)
        var sink = try OutputSink(path: output)
        switch format {
        case .table: sink.write(report.table())
        case .csv: sink.write { report.appendCSV(to: &$0) }
        case .json: sink.write { report.appendJSON(to: &$0) }
        }
        sink.close()
    }

    /// The stations, with every mask raised to `--min-elevation` when given.
    private func loadStations() throws(CommandError) -> [GroundStation] {
        let loaded = try StationSource.load(stations, defaultMinimumElevation: minimumElevation ?? 0).stations
        guard let floor = minimumElevation else { return loaded }
        var raised: [GroundStation] = []
        for station in loaded {
            do {
                raised.append(station.with(horizonMask: try station.horizonMask.raised(toAtLeastDegrees: floor)))
            } catch {
                throw CommandError(.invalidContent, "--min-elevation: \(error)")
            }
        }
        return raised
    }
}
