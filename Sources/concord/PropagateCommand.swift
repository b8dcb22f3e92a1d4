import ArgumentParser
import Orbits

/// `concord propagate`: states of satellites from their mean elements, with SGP4/SDP4.
struct PropagateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propagate",
        abstract: "Propagate satellites with SGP4/SDP4 and print their states (CSV or CCSDS OEM).",
        discussion: """
            Times are UTC in ISO-8601 (2026-03-19T00:00:00Z; a date alone is midnight). Either one \
            time (--at) or a grid from --from to --to every --step (--to is included when it falls on \
            the grid). Positions are in km, velocities in km/s, in TEME (SGP4's frame) or ITRF \
            (Earth-fixed, GMST-82 rotation, UT1 = UTC, no polar motion).

            CSV: header time,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s; unless exactly one --id is given, \
            a leading norad column is added and rows are grouped by object in file order. OEM: CCSDS \
            OEM 2.0 KVN, one segment per object.

            A time at which SGP4 fails for an object (e.g. it has decayed) is skipped with a warning \
            on stderr; the exit status is 1 only when no state at all could be computed.
            """)

    @OptionGroup(title: "Satellites")
    var source: ElementSource

    @Option(help: ArgumentHelp("One UTC time, ISO-8601.", valueName: "time"))
    var at: UTCTime?

    @Option(help: ArgumentHelp("Start of the time grid, UTC, ISO-8601.", valueName: "time"))
    var from: UTCTime?

    @Option(help: ArgumentHelp("End of the time grid, UTC, ISO-8601 (inclusive).", valueName: "time"))
    var to: UTCTime?

    @Option(
        help: ArgumentHelp(
            "Grid spacing: seconds (60, 60s) or with a unit: 5m (minutes), 1h (hours), 1d (days).",
            valueName: "duration"))
    var step = TimeStep(seconds: 60)

    @Option(help: "Frame of the states: teme (SGP4 output) or itrf (Earth-fixed).")
    var frame = ReferenceFrame.teme

    @Option(help: "Output: csv or oem (CCSDS OEM 2.0 KVN).")
    var format = EphemerisFormat.csv

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "Worker threads for the batch propagator (default: every core).")
    var threads: Int?

    func validate() throws {
        switch (at, from, to) {
        case (.some, nil, nil): break
        case (nil, .some(let start), .some(let end)):
            guard !(end.instant < start.instant) else {
                throw ValidationError(
                    "--from \(start.instant) is after --to \(end.instant).")
            }
        case (.some, _, _): throw ValidationError("Give either --at or --from/--to, not both.")
        default: throw ValidationError("Give a time with --at <time>, or a grid with --from <time> --to <time>.")
        }
        guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1.") }
    }

    /// The UTC times to propagate to.
    var times: [Instant] {
        if let at { return [at.instant] }
        guard let start = from?.instant, let end = to?.instant else { return [] }
        let count = Int((end.seconds(since: start) / step.seconds + 1e-9).rounded(.down)) + 1
        return (0..<count).map { start.adding(seconds: Double($0) * step.seconds) }
    }

    func run() throws {
        let elements = try source.load()
        let times = self.times
        var sink = try OutputSink(path: output)
        let propagation = EphemerisOutput(
            times: times, frame: frame, format: format, includesCatalogNumber: source.catalogNumbers.count != 1,
            threads: threads ?? BatchThreads.default)
        let written = propagation.write(elements, to: &sink)
        sink.close()
        guard written > 0 else {
            throw CommandError(.emptyInput, file: source.path, "SGP4 failed for every object at every time")
        }
    }
}
