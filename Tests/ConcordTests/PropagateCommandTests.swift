import Foundation
import Orbits
import Testing

/// End-to-end: `concord propagate` prints the library's SGP4 states, in CSV and CCSDS OEM.
@Suite("concord propagate", .scratchFolder)
struct PropagateCommandTests {
    /// Reads `time,x,...` rows (after an optional `norad` column) into time strings and states.
    static func states(_ csv: String, leadingNorad: Bool) -> [(time: String, values: [Double])] {
        TestFiles.csvRows(csv).dropFirst().map { row in
            let fields = leadingNorad ? Array(row.dropFirst()) : row
            return (fields[0], fields.dropFirst().compactMap(Double.init))
        }
    }

    /// CSV prints 6 decimals in km and 9 in km/s: half a unit of the last digit.
    static let positionTolerance = 5.1e-7
    static let velocityTolerance = 5.1e-10

    @Test func csvAtOneTimeMatchesTheLibraryAndPythonSGP4() throws {
        let file = try TestFiles.write(TestFiles.issTLE + TestFiles.goesTLE, named: "two.tle")
        for (norad, python) in [
            // python-sgp4 2.27, Satrec.twoline2rv(...).sgp4(2461118.5, 0.25) on the same TLEs (WGS-72).
            (
                25544,
                [
                    5438.494738559198, -935.5176245794092, -3981.3026658276463,
                    3.8337935305641273, 5.282272498869415, 3.9915679582277264,
                ]
            ),
            (
                41866,
                [
                    -40131.453409846086, 12961.105102364894, 88.87743275101963,
                    -0.9444825510308986, -2.9254176422224383, 0.003136773496530322,
                ]
            ),
        ] {
            let result = try ConcordCommand.run([
                "propagate", "--tle", file, "--id", "\(norad)", "--at", "2026-03-19T06:00:00Z",
            ])
            #expect(result.exitCode == 0, "stderr: \(result.standardError)")
            let lines = result.standardOutput.split(separator: "\n")
            #expect(lines.first == "time,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s")
            let rows = Self.states(result.standardOutput, leadingNorad: false)
            try #require(rows.count == 1)
            #expect(rows[0].time == "2026-03-19T06:00:00.000Z")
            let elements = try #require(
                TLECatalog(text: TestFiles.issTLE + TestFiles.goesTLE).elements.first { $0.catalogNumber == norad })
            let state = try SGP4Propagator(elements).state(at: Instant(iso8601: "2026-03-19T06:00:00"))
            let library = [
                state.position.x, state.position.y, state.position.z, state.velocity.x, state.velocity.y,
                state.velocity.z,
            ]
            try #require(rows[0].values.count == 6)
            for axis in 0..<6 {
                let tolerance = axis < 3 ? Self.positionTolerance : Self.velocityTolerance
                #expect(abs(rows[0].values[axis] - library[axis]) <= tolerance, "NORAD \(norad) component \(axis)")
                // python-sgp4 agrees with the library to ~3e-8 km (SGP4PythonReferenceTests).
                #expect(abs(rows[0].values[axis] - python[axis]) <= 10 * tolerance, "NORAD \(norad) vs python")
            }
        }
    }

    @Test func gridOfSeveralObjectsInITRFHasANoradColumnAndRotatedStates() throws {
        let file = try TestFiles.write(TestFiles.issTLE + TestFiles.goesTLE, named: "two.tle")
        let result = try ConcordCommand.run([
            "propagate", "--tle", file, "--from", "2026-03-19T00:00:00Z", "--to", "2026-03-19T01:00:00Z",
            "--step", "15m", "--frame", "itrf",
        ])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.hasPrefix("norad,time,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s\n"))
        let rows = TestFiles.csvRows(result.standardOutput).dropFirst()
        #expect(rows.map { $0[0] } == Array(repeating: "25544", count: 5) + Array(repeating: "41866", count: 5))
        #expect(rows.prefix(5).map { $0[1] }.last == "2026-03-19T01:00:00.000Z")
        let elements = TLECatalog(text: TestFiles.issTLE + TestFiles.goesTLE).elements
        for (index, row) in rows.enumerated() {
            let time = try Instant(iso8601: row[1])
            let teme = try SGP4Propagator(elements[index / 5]).state(at: time)
            let itrf = EarthRotation(at: time).itrf(fromTEMEPosition: teme.position, velocity: teme.velocity)
            let values = row.dropFirst(2).compactMap(Double.init)
            let expected = [
                itrf.position.x, itrf.position.y, itrf.position.z, itrf.velocity.x, itrf.velocity.y, itrf.velocity.z,
            ]
            for axis in 0..<6 {
                let tolerance = axis < 3 ? Self.positionTolerance : Self.velocityTolerance
                #expect(abs(values[axis] - expected[axis]) <= tolerance, "row \(index) component \(axis)")
            }
            // A geostationary satellite barely moves in ITRF: |v| < 10 m/s.
            if index >= 5 { #expect((itrf.velocity * itrf.velocity).sum().squareRoot() < 0.01) }
        }
    }

    @Test func oemHasTheMandatoryKeywordsAndTheCSVStates() throws {
        let file = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let grid = ["--from", "2026-03-19T00:00:00Z", "--to", "2026-03-19T00:10:00Z", "--step", "120"]
        let oem = try ConcordCommand.run(["propagate", "--tle", file, "--format", "oem"] + grid)
        #expect(oem.exitCode == 0, "stderr: \(oem.standardError)")
        let lines = oem.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "CCSDS_OEM_VERS = 2.0")
        for keyword in [
            "CREATION_DATE = ", "ORIGINATOR = ", "META_START", "OBJECT_NAME = ISS (ZARYA)", "OBJECT_ID = 1998-067A",
            "CENTER_NAME = EARTH", "REF_FRAME = TEME", "TIME_SYSTEM = UTC", "START_TIME = 2026-03-19T00:00:00.000",
            "STOP_TIME = 2026-03-19T00:10:00.000", "META_STOP",
        ] {
            #expect(lines.contains { $0.hasPrefix(keyword) }, "OEM lacks \(keyword)")
        }
        // Data lines: epoch and six numbers, equal to the CSV rows.
        let data = lines.filter { $0.hasPrefix("2026-") }.map { $0.split(separator: " ").map(String.init) }
        let csv = try ConcordCommand.run(["propagate", "--tle", file, "--id", "25544"] + grid)
        let rows = TestFiles.csvRows(csv.standardOutput).dropFirst()
        #expect(data.count == 6)
        #expect(data.map { Array($0.dropFirst()) } == rows.map { Array($0.dropFirst()) })
        #expect(data.map { $0[0] + "Z" } == rows.map { $0[0] })
    }

    @Test func ommInputGivesTheSameStatesAsTheTLE() throws {
        let elements = try #require(TLECatalog(text: TestFiles.issTLE).elements.first)
        let tle = try TestFiles.write(TestFiles.issTLE, named: "iss.tle")
        let omm = try TestFiles.write(OMM(meanElements: elements).encoded(as: .kvn), named: "iss.omm")
        let arguments = ["--id", "25544", "--at", "2026-03-19T12:00:00Z"]
        let fromTLE = try ConcordCommand.run(["propagate", "--tle", tle] + arguments)
        let fromOMM = try ConcordCommand.run(["propagate", "--omm", omm] + arguments)
        #expect(fromOMM.exitCode == 0, "stderr: \(fromOMM.standardError)")
        #expect(fromOMM.standardOutput == fromTLE.standardOutput)
        #expect(fromOMM.standardOutput.split(separator: "\n").count == 2)
    }

    @Test func sgp4FailuresSkipRowsWithAWarning() throws {
        // The ISS with B* = 0.5 (checksum recomputed): python-sgp4 2.27 returns error 6
        // (decayed) one day after 2026-03-19 and error 1 afterwards, and a state at day 0.
        let decaying = """
            DECAYING
            1 25544U 98067A   26078.12958500  .00009105  00000+0  50000-0 0  9992
            2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798

            """
        let file = try TestFiles.write(decaying, named: "decay.tle")
        let result = try ConcordCommand.run([
            "propagate", "--tle", file, "--from", "2026-03-19", "--to", "2026-03-26", "--step", "1d",
        ])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        let rows = TestFiles.csvRows(result.standardOutput).dropFirst()
        #expect(rows.map { $0[1] } == ["2026-03-19T00:00:00.000Z"])
        #expect(result.standardError.contains("SGP4 failed at 7 of 8 times, first at 2026-03-20T00:00:00"))
        #expect(result.standardError.contains("code 6"))

        let never = try ConcordCommand.run(["propagate", "--tle", file, "--at", "2026-03-25"])
        #expect(never.exitCode != 0)
        #expect(never.standardError.contains("SGP4 failed for every object at every time"))
    }

    @Test(.enabled(if: TestFiles.sharedDataAvailable, TestFiles.sharedDataMissing))
    func ommCatalogCSVMatchesPythonSGP4() throws {
        let file = TestFiles.sharedData.appendingPathComponent("catalog/active_omm_2026-07-10.csv.gz").path
        let result = try ConcordCommand.run([
            "propagate", "--omm", file, "--id", "25544", "--at", "2026-07-10T00:00:00Z",
        ])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        // python-sgp4 2.27: sgp4.omm.parse_csv + omm.initialize on the row NORAD_CAT_ID 25544,
        // then sgp4(2461231.5, 0.0).
        let python = [
            4559.41279359435, 3485.9268953555843, -3645.1662013705486, -5.63066815035847, 2.782153455980869,
            -4.379355894133315,
        ]
        let rows = Self.states(result.standardOutput, leadingNorad: false)
        try #require(rows.count == 1)
        for axis in 0..<6 {
            let tolerance = axis < 3 ? 1e-6 : 1e-9
            #expect(abs(rows[0].values[axis] - python[axis]) <= tolerance, "component \(axis)")
        }
    }
}
