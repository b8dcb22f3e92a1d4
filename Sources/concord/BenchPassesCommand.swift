import ArgumentParser
import Foundation
import Orbits

/// `concord bench passes`: pass-prediction time for S satellites x stations x days.
struct BenchPassesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passes",
        abstract: "Pass-prediction throughput: 100 near-earth objects x 10 stations x 7 days at 10 deg.",
        discussion: """
            Satellites: the first --satellites near-earth objects (period < 225 min) of \
            catalog/active_tle_2026-03-19.txt.gz. Stations: the 10 NASA NDOSL sites of \
            Benchmarks/reference/stations_bench10.csv (constant 10 deg mask). Span: --days from \
            2026-03-19T00:00:00Z. With --full: the whole active catalog (14,710 objects, deep space \
            included) x the first 50 active NDOSL stations with distinct locations (10 deg) x 7 days, \
            run once on --threads threads (2.5 min wall on 2 cores).
            """)

    @Option(help: "Near-earth objects of the standard workload.")
    var satellites = 100

    @Option(help: "Days of the span.")
    var days = 7.0

    @Flag(help: "Run the full-catalog workload instead (14,710 objects x 50 stations x 7 days).")
    var full = false

    @OptionGroup var options: BenchOptions

    func run() throws {
        let folder = try options.dataFolder()
        let catalog = try folder.activeCatalog()
        let start = Instant(julianDay: 2_461_118.5, fraction: 0)  // 2026-03-19T00:00:00Z
        let end = start.adding(days: days)
        print("data: \(folder.path)")
        if full {
            let stations = try Self.fullStations(folder)
            let predictor = PassPredictor(satellites: catalog.map { SGP4Propagator($0) }, stations: stations)
            let run = BenchTiming.measure(
                "full catalog, \(options.threadCount) threads", repetitions: 1, warmUp: false
            ) { predictor.passes(from: start, to: end, threads: options.threadCount).passes.count }
            print(
                line(
                    "\(catalog.count) objects x \(stations.count) stations x \(days) days", run,
                    pairs: catalog.count * stations.count))
            return
        }
        let near = Array(catalog.filter { $0.periodMinutes < 225 }.prefix(satellites))
        let predictor = PassPredictor(
            satellites: near.map { SGP4Propagator($0) }, stations: try BenchStations.stations())
        let workload = "\(near.count) near-earth x \(predictor.stations.count) stations x \(days) days"
        var runs = [
            BenchTiming.measure("1 thread", repetitions: options.repetitions) {
                predictor.passes(from: start, to: end, threads: 1).passes.count
            }
        ]
        if options.threadCount > 1 {
            runs.append(
                BenchTiming.measure("\(options.threadCount) threads", repetitions: options.repetitions) {
                    predictor.passes(from: start, to: end, threads: options.threadCount).passes.count
                })
        }
        for run in runs { print(line(workload, run, pairs: near.count * predictor.stations.count)) }
    }

    /// `passes <workload> | 1 thread: 1234 passes, cpu 0.8 s, wall 0.8 s, 0.8 ms CPU per satellite-station pair`.
    func line(_ workload: String, _ run: BenchTiming, pairs: Int) -> String {
        let perPair = FixedPoint.string(run.cpuSeconds / Double(pairs) * 1e3, decimals: 3)
        return "passes \(workload) | \(run.name): \(run.operations) passes, \(run.timesText), "
            + "\(perPair) ms CPU per satellite-station pair"
    }

    /// The first 50 active NDOSL stations with distinct locations, at a constant 10° mask.
    static func fullStations(_ folder: SharedDataFolder) throws(CommandError) -> [GroundStation] {
        let path = folder.file("stations/nasa_ndosl_2019-07-16.csv")
        let load: StationLoad
        do {
            load = try NDOSLStationLoader.parse(
                try InputFile.text(path), file: path, horizonMask: try HorizonMask(minimumElevationDegrees: 10))
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(.invalidContent, file: path, "\(error)")
        }
        var seen: Set<String> = []
        let distinct = load.stations.filter { seen.insert($0.name).inserted }
        guard distinct.count >= 50 else {
            throw CommandError(.missingData, file: path, "only \(distinct.count) distinct active locations")
        }
        return Array(distinct.prefix(50))
    }
}
