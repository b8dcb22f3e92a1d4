import Foundation
import Orbits
import Testing

/// End-to-end: `concord passes` prints what `PassPredictor` finds, in CSV, JSON and a table.
@Suite("concord passes", .scratchFolder)
struct PassesCommandTests {
    static let span = ["--from", "2026-03-19T00:00:00Z", "--to", "2026-03-20T00:00:00Z"]

    /// The library's passes of the ISS and GOES 16 over the two test stations, raised to `floor`.
    static func libraryPasses(floor: Double? = nil) throws -> (PassPrediction, [MeanElements], [GroundStation]) {
        let elements = TLECatalog(text: TestFiles.issTLE + TestFiles.goesTLE).elements
        var stations = try ConcordStationFile.parse(TestFiles.stationsCSV).requireAllValid()
        if let floor {
            stations = try stations.map { $0.with(horizonMask: try $0.horizonMask.raised(toAtLeastDegrees: floor)) }
        }
        let predictor = PassPredictor(satellites: elements.map { SGP4Propagator($0) }, stations: stations)
        let start = try Instant(iso8601: "2026-03-19T00:00:00")
        return (predictor.passes(from: start, to: start.adding(days: 1)), elements, stations)
    }

    static func run(_ extra: [String]) throws -> ConcordCommand.Result {
        let tle = try TestFiles.write(TestFiles.issTLE + TestFiles.goesTLE, named: "sats.tle")
        let stations = try TestFiles.write(TestFiles.stationsCSV, named: "stations.csv")
        return try ConcordCommand.run(["passes", "--tle", tle, "--stations", stations] + span + extra)
    }

    @Test func csvEqualsThePassPredictor() throws {
        let result = try Self.run(["--format", "csv", "--threads", "1"])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        let rows = TestFiles.csvRows(result.standardOutput)
        #expect(
            rows.first == [
                "norad", "name", "station", "aos", "culmination", "los", "duration_s", "max_elevation_deg",
                "aos_azimuth_deg", "culmination_azimuth_deg", "los_azimuth_deg", "truncated",
            ])
        let (prediction, _, stations) = try Self.libraryPasses()
        // The ISS passes each station several times a day; GOES 16 (0.1° inclination, 75.5° W)
        // stays above Wallops' mask all day and never rises at Kiruna (68° N, 96° of longitude away).
        #expect(prediction.passes.count >= 5)
        let body = Array(rows.dropFirst())
        try #require(body.count == prediction.passes.count)
        for (row, pass) in zip(body, prediction.passes) {
            #expect(row[0] == "\(pass.catalogNumber)")
            #expect(row[2] == stations[pass.station].id)
            #expect(row[3] == pass.aos.iso8601(fractionDigits: 3, zulu: true))
            #expect(row[4] == pass.culmination.iso8601(fractionDigits: 3, zulu: true))
            #expect(row[5] == pass.los.iso8601(fractionDigits: 3, zulu: true))
            #expect(abs(Double(row[6])! - pass.duration) <= 5e-4)
            #expect(abs(Double(row[7])! - pass.maximumElevation) <= 5e-4)
            #expect(abs(Double(row[8])! - pass.aosAzimuth) <= 5e-4)
            #expect(abs(Double(row[10])! - pass.losAzimuth) <= 5e-4)
        }
        let goes = body.filter { $0[0] == "41866" }
        #expect(goes.map { [$0[2], $0[11]] } == [["WPSS", "both"]])
        #expect(body.filter { $0[0] == "25544" }.allSatisfy { $0[11] == "no" && $0[1] == "ISS (ZARYA)" })
    }

    @Test func minimumElevationRaisesEveryMask() throws {
        let result = try Self.run(["--format", "csv", "--min-elevation", "30"])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        let body = TestFiles.csvRows(result.standardOutput).dropFirst()
        let (prediction, _, _) = try Self.libraryPasses(floor: 30)
        let (unraised, _, _) = try Self.libraryPasses()
        #expect(body.count == prediction.passes.count)
        #expect(prediction.passes.count < unraised.passes.count)
        #expect(body.allSatisfy { Double($0[7])! >= 30 })
        #expect(body.map { $0[3] } == prediction.passes.map { $0.aos.iso8601(fractionDigits: 3, zulu: true) })
    }

    @Test func jsonHasOneObjectPerPassWithTheCSVValues() throws {
        let json = try Self.run(["--format", "json"])
        let csv = try Self.run(["--format", "csv"])
        #expect(json.exitCode == 0, "stderr: \(json.standardError)")
        let objects = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let rows = Array(TestFiles.csvRows(csv.standardOutput).dropFirst())
        #expect(objects.count == rows.count)
        for (object, row) in zip(objects, rows) {
            #expect((object["norad"] as? Int).map(String.init) == row[0])
            #expect(object["station"] as? String == row[2])
            #expect(object["aos"] as? String == row[3])
            #expect(object["los"] as? String == row[5])
            #expect((object["max_elevation_deg"] as? Double).map { abs($0 - Double(row[7])!) < 1e-9 } == true)
            #expect(object["truncated"] as? String == row[11])
        }
    }

    @Test func tableListsEveryPassAndASummary() throws {
        let result = try Self.run([])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        let (prediction, _, _) = try Self.libraryPasses()
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("NORAD  NAME") == true)
        #expect(lines.count == prediction.passes.count + 2)
        #expect(lines.last?.hasPrefix("\(prediction.passes.count) passes of 2 of 2 satellites over 2 stations") == true)
    }

    @Test func demoCommandOfTheReadmeRuns() throws {
        let demo = TestFiles.repositoryRoot.appendingPathComponent("Demo")
        let result = try ConcordCommand.run(
            [
                "passes", "--tle", demo.appendingPathComponent("satellites.tle").path, "--stations",
                demo.appendingPathComponent("stations.csv").path,
            ] + Self.span)
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("passes of 20 of 20 satellites over 8 stations"))
    }

    @Test(.enabled(if: TestFiles.sharedDataAvailable, TestFiles.sharedDataMissing))
    func stationFilesAreRecognisedByContent() throws {
        let tle = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let stations = TestFiles.sharedData.appendingPathComponent("stations")
        // NDOSL: 301 active stations of 2019-07-16; SatNOGS: Online + Testing of 2024-01-08
        // minus rejected records; brahe: the 117 sites of the 8 files (directory).
        for (file, count) in [
            ("nasa_ndosl_2019-07-16.csv", "301"), ("brahe_groundstations", "117"),
            ("brahe_groundstations/ksat.json", "36"),
        ] {
            let result = try ConcordCommand.run([
                "passes", "--tle", tle, "--stations", stations.appendingPathComponent(file).path, "--from",
                "2026-03-19T00:00:00Z", "--to", "2026-03-19T01:00:00Z", "--min-elevation", "10",
            ])
            #expect(result.exitCode == 0, "\(file): \(result.standardError)")
            #expect(result.standardOutput.contains("satellites over \(count) stations"), "\(file)")
        }
        let satnogsFile = stations.appendingPathComponent("satnogs_network_stations_2024-01-08.json")
        let online = try SatNOGSStationLoader.load(contentsOf: satnogsFile, statuses: [.online, .testing])
        let satnogs = try ConcordCommand.run([
            "passes", "--tle", tle, "--stations", satnogsFile.path, "--from", "2026-03-19T00:00:00Z", "--to",
            "2026-03-19T01:00:00Z",
        ])
        #expect(satnogs.exitCode == 0, "\(satnogs.standardError)")
        #expect(online.stations.count > 100)
        #expect(satnogs.standardOutput.contains("satellites over \(online.stations.count) stations"))
    }
}
