import Foundation
import Testing

/// `concord schedule` end to end: a problem file, the demo database, and `validate`.
@Suite("Schedule command", .scratchFolder)
struct ScheduleCommandTests {
    /// Two partners and two antennas (ESA's Cebreros, NASA's Wallops) sharing the ISS.
    static let problem = """
        {"format": "concord-schedule-problem", "version": 1, "name": "ISS day",
         "horizon": {"start": "2026-03-19T00:00:00Z", "end": "2026-03-20T00:00:00Z"},
         "partners": [{"id": "esa", "share": 0.5}, {"id": "nasa", "share": 0.5}],
         "antennas": [
           {"id": "cebreros", "owner": "esa", "setupSeconds": 120, "teardownSeconds": 60,
            "site": {"latitudeDegrees": 40.4527, "longitudeDegrees": -4.3676, "heightMeters": 794,
                     "minimumElevationDegrees": 5}},
           {"id": "wallops", "owner": "nasa",
            "site": {"latitudeDegrees": 37.9265899, "longitudeDegrees": -75.4763045, "minimumElevationDegrees": 5}}],
         "spacecraft": [{"id": "iss", "tle": ["1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991",
                                               "2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798"]}],
         "requests": [
           {"id": "nasa-iss", "spacecraft": "iss", "partner": "nasa",
            "window": {"start": "2026-03-19T00:00:00Z", "end": "2026-03-20T00:00:00Z"},
            "contacts": 4, "placement": "fullPass", "minContactSeconds": 120},
           {"id": "esa-iss", "spacecraft": "iss", "partner": "esa",
            "window": {"start": "2026-03-19T00:00:00Z", "end": "2026-03-20T00:00:00Z"},
            "contacts": 3, "minContactSeconds": 180, "maxContactSeconds": 400}]}
        """

    @Test("A problem file: the schedule to stdout with --output -, the summary to stderr, and it validates")
    func problemFile() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        let solved = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--output", "-",
        ])
        #expect(solved.exitCode == 0, "\(solved.standardError)")
        let schedule = try #require(
            try JSONSerialization.jsonObject(with: Data(solved.standardOutput.utf8)) as? [String: Any])
        #expect(schedule["format"] as? String == "concord-schedule")
        let contacts = try #require(schedule["contacts"] as? [[String: Any]])
        #expect(contacts.count >= 3)
        #expect(Set(contacts.compactMap { $0["request"] as? String }) == ["nasa-iss", "esa-iss"])
        #expect(solved.standardError.contains("served "))
        #expect(solved.standardError.contains("fairness: guarantee holds"))
        #expect(solved.standardError.contains("U_MAX"))
        let rows = solved.standardError.split(separator: "\n").filter { $0.hasPrefix("esa ") || $0.hasPrefix("nasa ") }
        #expect(rows.count == 2 && rows.allSatisfy { $0.contains("50.0%") }, "entitlement column: \(rows)")

        let file = try TestFiles.write(solved.standardOutput, named: "schedule.json")
        let valid = try ConcordCommand.run(["schedule", "validate", "--problem", problem, file])
        #expect(valid.exitCode == 0, "\(valid.standardOutput)\(valid.standardError)")
        #expect(valid.standardOutput.contains("valid, \(contacts.count) contacts"))
        #expect(valid.standardOutput.contains("served "))
    }

    @Test("--format ssf, csv and ical (one partner's calendar) write the exchange formats")
    func exchangeFormats() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        func solve(_ extra: [String]) throws -> String {
            let run = try ConcordCommand.run(
                ["schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--output", "-"] + extra)
            #expect(run.exitCode == 0, "\(run.standardError)")
            return run.standardOutput
        }
        let ssf = try solve(["--format", "ssf"])
        #expect(ssf.hasPrefix("<?xml"))
        #expect(ssf.contains("simpleSchedule") && ssf.contains("cebreros"))
        let csv = try solve(["--format", "csv"])
        let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.count >= 4, "a header and at least 3 contacts: \(csv)")
        #expect(rows.dropFirst().allSatisfy { $0.contains("iss") })
        let calendar = try solve(["--format", "ical", "--partner", "esa"])
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(calendar.hasSuffix("END:VCALENDAR\r\n"), "no extra newline after the calendar")
        #expect(calendar.contains("BEGIN:VEVENT"))
        #expect(!calendar.contains("nasa-iss"), "ESA's calendar holds ESA's contacts only")
        let unknown = try ConcordCommand.run(
            [
                "schedule", "--problem", problem, "--time-limit", "1", "--output", "-", "--format", "ical", "--partner",
                "roscosmos",
            ])
        #expect(unknown.exitCode != 0)
        #expect(unknown.standardError.contains("roscosmos"))
    }

    @Test("replan: an outage of Cebreros moves only what it must; the revised schedule validates")
    func replan() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        let solved = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--output", "-",
        ])
        #expect(solved.exitCode == 0, "\(solved.standardError)")
        let announced = try TestFiles.write(solved.standardOutput, named: "announced.json")
        let contacts = try #require(
            (try JSONSerialization.jsonObject(with: Data(solved.standardOutput.utf8)) as? [String: Any])?["contacts"]
                as? [[String: Any]])
        let onCebreros = contacts.filter { $0["resource"] as? String == "cebreros" }.count
        let repaired = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", announced,
            "--outage", "cebreros@2026-03-19T00:00:00Z/2026-03-20T00:00:00Z", "--output", "-",
        ])
        #expect(repaired.exitCode == 0, "\(repaired.standardError)")
        // Every Cebreros contact is invalidated by the outage.
        #expect(onCebreros > 0)
        #expect(
            repaired.standardError.contains("(\(onCebreros) invalidated by the change,"), "\(repaired.standardError)")
        let revised = try TestFiles.write(repaired.standardOutput, named: "revised.json")
        let outage = Self.problem.replacingOccurrences(
            of: "\"setupSeconds\": 120,",
            with:
                "\"setupSeconds\": 120, \"downtime\": [{\"start\": \"2026-03-19T00:00:00Z\", \"end\": \"2026-03-20T00:00:00Z\"}],"
        )
        #expect(outage != Self.problem)
        let changedProblem = try TestFiles.write(outage, named: "outage.json")
        let valid = try ConcordCommand.run(["schedule", "validate", "--problem", changedProblem, revised])
        #expect(valid.exitCode == 0, "\(valid.standardOutput)\(valid.standardError)")
        #expect(!repaired.standardOutput.contains("\"cebreros\""))

        let malformed = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", announced, "--outage", "cebreros@yesterday",
        ])
        #expect(malformed.exitCode == 64)
    }

    @Test(
        "replan holds what the announced schedule was solved to hold: the alone times the change leaves, or the floors")
    func replanKeepsTheBasis() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        let outage = "cebreros@2026-03-19T00:00:00Z/2026-03-20T00:00:00Z"
        func json(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }
        // The partners' guarantee: the announced file carries each partner's alone time.
        let solved = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--output", "-",
        ])
        #expect(solved.exitCode == 0, "\(solved.standardError)")
        let basis = try #require(try json(solved.standardOutput)["fairness"] as? [String: Any])
        let alone = try #require(basis["aloneSeconds"] as? [String: Double])
        #expect(Set(alone.keys) == ["esa", "nasa"])
        // Wallops sees every ISS pass Cebreros sees and more, so each partner alone gets every pass it wants.
        #expect(abs(alone["esa"]! - 1200) < 1e-6 && alone["nasa"]! > 1900, "\(alone)")
        let announced = try TestFiles.write(solved.standardOutput, named: "announced.json")
        let repaired = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", announced, "--outage", outage, "--output", "-",
        ])
        #expect(repaired.exitCode == 0, "\(repaired.standardError)")
        let kept = try #require(try json(repaired.standardOutput)["fairness"] as? [String: Any])
        // The day without Cebreros takes nothing from ESA alone (Wallops sees 3 passes of at
        // least 400 s), but NASA's four longest passes are shorter from Wallops alone: the
        // repair holds, and the revised schedule carries, NASA's alone time without Cebreros,
        // as a solve of the problem without Cebreros finds it.
        let held = try #require(kept["aloneSeconds"] as? [String: Double])
        #expect(held["esa"] == alone["esa"], "\(held)")
        let withoutCebreros = try TestFiles.write(
            // Cebreros above 89° only: it sees nothing of the ISS that day.
            Self.problem.replacingOccurrences(
                of: "\"minimumElevationDegrees\": 5}},", with: "\"minimumElevationDegrees\": 89}},"),
            named: "without-cebreros.json")
        let wallopsOnly = try ConcordCommand.run([
            "schedule", "--problem", withoutCebreros, "--time-limit", "1", "--seed", "3", "--output", "-",
        ])
        #expect(wallopsOnly.exitCode == 0, "\(wallopsOnly.standardError)")
        let wallopsBasis = try #require(try json(wallopsOnly.standardOutput)["fairness"] as? [String: Any])
        let wallopsAlone = try #require(wallopsBasis["aloneSeconds"] as? [String: Double])
        #expect(wallopsAlone["nasa"]! < alone["nasa"]! - 60, "\(wallopsAlone)")
        #expect(abs(held["nasa"]! - wallopsAlone["nasa"]!) < 1e-6, "\(held) against \(wallopsAlone)")
        #expect(!repaired.standardError.contains("mission floors"))
        let ignored = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", announced, "--outage", outage, "--output", "-",
            "--no-fairness",
        ])
        #expect(ignored.exitCode == 0, "\(ignored.standardError)")
        #expect(try json(ignored.standardOutput)["fairness"] == nil)
        // One partner's extract does not reveal the others' alone times.
        let extract = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--output", "-", "--partner", "esa",
        ])
        #expect(try json(extract.standardOutput)["fairness"] == nil)
        // A basis missing a partner is refused, naming the field.
        let tampered = try TestFiles.write(
            solved.standardOutput.replacingOccurrences(of: "\"nasa\" :", with: "\"roscosmos\" :"),
            named: "tampered.json")
        let refused = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", tampered, "--outage", outage,
        ])
        #expect(refused.exitCode != 0)
        #expect(refused.standardError.contains("fairness.aloneSeconds.nasa"), "\(refused.standardError)")

        // A mission floor: the announced file carries the floors, and the repair reports the
        // mission it cannot hold (a whole day without Cebreros leaves fewer passes than the floor).
        let floored = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--seed", "3", "--mission-floor", "auto",
            "--output", "-",
        ])
        #expect(floored.exitCode == 0, "\(floored.standardError)")
        let floorBasis = try #require(try json(floored.standardOutput)["fairness"] as? [String: Any])
        #expect(floorBasis["aloneSeconds"] == nil)
        let floors = try #require(floorBasis["missionFloorSeconds"] as? [String: Double])
        #expect(Set(floors.keys) == ["iss"] && floors["iss"]! > 3000, "\(floors)")
        let flooredFile = try TestFiles.write(floored.standardOutput, named: "floored.json")
        let short = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", flooredFile, "--outage", outage,
        ])
        #expect(short.exitCode == 0, "\(short.standardError)")
        #expect(
            short.standardOutput.contains("mission floors (U = 0.000) for 1 mission: NOT held"),
            "\(short.standardOutput)")
        #expect(short.standardOutput.contains("mission iss below its floor"))
        #expect(short.standardOutput.contains("out of reach"))
        let brief = try ConcordCommand.run([
            "schedule", "replan", "--problem", problem, "--announced", flooredFile,
            "--outage", "cebreros@2026-03-19T00:00:00Z/2026-03-19T00:10:00Z",
        ])
        #expect(brief.exitCode == 0, "\(brief.standardError)")
        #expect(brief.standardOutput.contains("for 1 mission: held"), "\(brief.standardOutput)")
    }

    @Test("exact windows: under a mission floor with cbc, refused without a floor or out of range")
    func exactWindows() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        let unfair = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--exact-windows", "0.3",
        ])
        #expect(unfair.exitCode == 64)
        #expect(unfair.standardError.contains("--exact-windows needs --mission-floor or --no-fairness"))
        let range = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "1", "--no-fairness", "--exact-windows", "1.5",
        ])
        #expect(range.exitCode == 64)
        #expect(range.standardError.contains("at most 0.9"), "\(range.standardError)")
        let run = try ConcordCommand.run([
            "schedule", "--problem", problem, "--time-limit", "2", "--seed", "3", "--mission-floor", "auto",
            "--exact-windows", "0.3", "--output", "-",
        ])
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let hasCBC = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/cbc") }
        if !hasCBC {
            #expect(run.exitCode == 64)
            #expect(run.standardError.contains("no 'cbc' on PATH"), "\(run.standardError)")
        } else {
            #expect(run.exitCode == 0, "\(run.standardError)")
            let schedule = try TestFiles.write(run.standardOutput, named: "windows.json")
            let valid = try ConcordCommand.run(["schedule", "validate", "--problem", problem, schedule])
            #expect(valid.exitCode == 0, "\(valid.standardOutput)\(valid.standardError)")
        }
    }

    @Test("what-if: NASA's antenna withdrawn, every partner's row before and after")
    func whatIf() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        let run = try ConcordCommand.run([
            "schedule", "what-if", "--problem", problem, "--withdraw", "nasa", "--time-limit", "1",
        ])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let rows = run.standardOutput.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("esa | ") } && rows.contains { $0.hasPrefix("nasa | ") })
        let total = try #require(rows.first { $0.hasPrefix("total | ") }).split(separator: "|").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let (before, after) = (try #require(Int(total[1])), try #require(Int(total[2])))
        #expect(after < before, "one antenna serves less than two: \(before) → \(after)")
        #expect(try ConcordCommand.run(["schedule", "what-if", "--problem", problem]).exitCode == 64)
        #expect(
            try ConcordCommand.run(["schedule", "what-if", "--problem", problem, "--share", "esa"]).exitCode == 64)
    }

    @Test("validate names each broken rule and the contacts at fault, and exits 1")
    func violations() throws {
        let problem = try TestFiles.write(Self.problem, named: "problem.json")
        // Two contacts on Cebreros 5 minutes apart (the setup of 120 s and teardown of 60 s overlap),
        // and one on an antenna the problem does not have.
        let schedule = """
            {"format": "concord-schedule", "version": 1, "contacts": [
              {"request": "esa-iss", "resource": "cebreros", "start": "2026-03-19T03:00:00Z", "end": "2026-03-19T03:04:00Z"},
              {"request": "esa-iss", "resource": "cebreros", "start": "2026-03-19T03:05:00Z", "end": "2026-03-19T03:09:00Z"},
              {"request": "nasa-iss", "resource": "mars", "start": "2026-03-19T05:00:00Z", "end": "2026-03-19T05:04:00Z"}]}
            """
        let file = try TestFiles.write(schedule, named: "schedule.json")
        let result = try ConcordCommand.run(["schedule", "validate", "--problem", problem, file])
        #expect(result.exitCode == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("antennaOverlap: contacts[0] (request esa-iss on cebreros 2026-03-19T03:00:00.000Z")
                    && $0.contains("contacts[1]")
            })
        #expect(lines.contains { $0.hasPrefix("unknownResource: contacts[2] (request nasa-iss on mars") })
        #expect(result.standardOutput.contains("violations in 3 contacts"))
    }

    @Test("From the demo database: --agreement chooses among network agreements; the problem saved validates")
    func fromDatabase() throws {
        let database = try PlatformCommandTests.freshDatabase()
        let imported = try ConcordCommand.run(["import", "snapshot", PlatformCommandTests.demo, "--database", database])
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        let span = ["--from", "2026-03-19T00:00:00Z", "--to", "2026-03-19T06:00:00Z", "--database", database]
        let ambiguous = try ConcordCommand.run(["schedule"] + span + ["--time-limit", "1"])
        #expect(ambiguous.exitCode == 1)
        #expect(
            ambiguous.standardError.contains("ground-network-mou, ksat-planet-services"), "\(ambiguous.standardError)")

        let folder = (ScratchFolder.current ?? FileManager.default.temporaryDirectory).appendingPathComponent(
            "concord-sched-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let problem = folder.appendingPathComponent("problem.json").path
        let schedule = folder.appendingPathComponent("schedule.json").path
        let solved = try ConcordCommand.run(
            ["schedule"] + span + [
                "--agreement", "ground-network-mou", "--time-limit", "2", "--setup", "60", "--save-problem", problem,
                "-o", schedule,
            ], timeout: 120)
        #expect(solved.exitCode == 0, "\(solved.standardError)")
        #expect(solved.standardOutput.contains("served "))
        for partner in ["esa", "nasa", "ksat", "jaxa", "isro", "dlr"] {
            #expect(solved.standardOutput.contains("\n\(partner) "), "a row for \(partner)")
        }
        let saved = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: problem))) as? [String: Any])
        let partners = try #require(saved["partners"] as? [[String: Any]])
        let shares = Dictionary(uniqueKeysWithValues: partners.map { ($0["id"] as! String, $0["share"] as! Double) })
        // The MOU's network shares: 30, 25, 20, 10, 8, 7 %.
        #expect(shares == ["esa": 0.3, "nasa": 0.25, "ksat": 0.2, "jaxa": 0.1, "isro": 0.08, "dlr": 0.07])
        let antennas = try #require(saved["antennas"] as? [[String: Any]])
        #expect(antennas.allSatisfy { $0["setupSeconds"] as? Double == 60 })
        #expect(
            Set(antennas.compactMap { ($0["id"] as? String)?.split(separator: "/").first.map(String.init) }).count == 10
        )
        let requests = try #require(saved["requests"] as? [[String: Any]])
        #expect(
            requests.allSatisfy { ($0["id"] as? String)?.hasPrefix("default-") == true }, "no stored request: defaults")
        let valid = try ConcordCommand.run(["schedule", "validate", "--problem", problem, schedule])
        #expect(valid.exitCode == 0, "\(valid.standardOutput)")
    }

    @Test("Usage errors exit 64")
    func usage() throws {
        #expect(try ConcordCommand.run(["schedule"]).exitCode == 64)
        #expect(try ConcordCommand.run(["schedule", "--from", "2026-03-19", "--to", "2026-03-18"]).exitCode == 64)
        #expect(
            try ConcordCommand.run(["schedule", "--problem", "x.json", "--from", "2026-03-19", "--to", "2026-03-20"])
                .exitCode == 64)
        #expect(try ConcordCommand.run(["schedule", "--problem", "x.json", "--format", "xlsx"]).exitCode == 64)
    }
}
