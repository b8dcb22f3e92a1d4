import Foundation
import Orbits
import Scheduling
import Testing

@Suite("Problem format")
struct ProblemFormatTests {
    static let minimal = """
        {"format": "concord-schedule-problem", "version": 1,
         "horizon": {"start": "2026-03-19T00:00:00Z", "end": "2026-03-20T00:00:00Z"},
         "partners": [{"id": "esa", "share": 3}, {"id": "nasa", "share": 1}],
         "antennas": [{"id": "kiruna", "owner": "esa", "setupSeconds": 120}],
         "spacecraft": [{"id": "sentinel"}],
         "requests": [{"id": "r1", "spacecraft": "sentinel", "partner": "nasa",
                       "window": {"start": "2026-03-19T06:00:00Z", "end": "2026-03-19T18:00:00Z"},
                       "totalSeconds": 1800}],
         "viewPeriods": [{"request": "r1", "resource": "kiruna",
                          "periods": [{"start": "2026-03-19T07:00:00Z", "end": "2026-03-19T07:12:00Z"}]}]}
        """

    /// Decodes `text` after applying `edit` to the minimal problem's JSON object.
    func decode(_ edit: (inout [String: Any]) -> Void) throws(SchedulingError) -> ScheduleProblem {
        var object = try! JSONSerialization.jsonObject(with: Data(Self.minimal.utf8)) as! [String: Any]
        edit(&object)
        return try ScheduleProblem.decode(try! JSONSerialization.data(withJSONObject: object))
    }

    /// The error decoding throws after `edit`.
    func failure(_ edit: (inout [String: Any]) -> Void) -> SchedulingError? {
        do {
            _ = try decode(edit)
            return nil
        } catch {
            return error
        }
    }

    /// Sets `key` of the first request.
    func request(_ key: String, _ value: Any) -> (inout [String: Any]) -> Void {
        { object in
            var requests = object["requests"] as! [[String: Any]]
            requests[0][key] = value
            object["requests"] = requests
        }
    }

    @Test("reads the minimal problem with its defaults, and writes it back unchanged")
    func minimalProblem() throws {
        let problem = try ScheduleProblem.decode(Data(Self.minimal.utf8))
        #expect(problem.fairnessTolerance == 0.05)
        #expect(problem.antennas[0].setupSeconds == 120)
        #expect(problem.antennas[0].teardownSeconds == 0)
        let request = problem.requests[0]
        #expect(request.placement == .flexible)
        #expect(request.priority == .routine)
        #expect(request.missionName == "sentinel")
        #expect(request.window.durationSeconds == 43_200)
        #expect(try ScheduleProblem.decode(problem.encoded()) == problem)
        // Shares are normalised: 3 : 1.
        let compiled = try CompiledProblem(problem)
        #expect(compiled.shares == [0.75, 0.25])
        #expect(compiled.requests[0].wantedMillis == 1_800_000)
        #expect(compiled.requests[0].maxContacts == 1)
        #expect(compiled.requests[0].periods.map(\.span) == [MilliSpan(25_200_000, 25_920_000)])
        #expect(compiled.requests[0].periods[0].setupMillis == 120_000)
    }

    @Test("rejects another format or version before anything else")
    func formatAndVersion() {
        let format = failure {
            $0["format"] = "concord-schedule"; $0["partners"] = nil
        }
        #expect(format?.code == .wrongFormat)
        #expect(format?.field == "format")
        let version = failure { $0["version"] = 2 }
        #expect(version?.code == .unsupportedVersion)
        #expect(version?.field == "version")
    }

    @Test("names the path of a misspelt, missing or mistyped field")
    func fieldPaths() {
        let misspelt = failure(request("minContactSecond", 60))
        #expect(misspelt?.code == .malformed)
        #expect(misspelt?.field == "requests[0].minContactSecond")
        let missing = failure { $0["horizon"] = ["start": "2026-03-19T00:00:00Z"] }
        #expect(missing?.code == .missingField)
        #expect(missing?.field == "horizon.end")
        let mistyped = failure(request("contacts", "three"))
        #expect(mistyped?.code == .malformed)
        #expect(mistyped?.field == "requests[0].contacts")
        let priority = failure(request("priority", "urgent"))
        #expect(priority?.field == "requests[0].priority")
    }

    @Test("checks references, spans, ranges and consistency with the field named")
    func rules() {
        let cases: [(edit: (inout [String: Any]) -> Void, code: SchedulingError.Code, field: String)] = [
            (request("partner", "jaxa"), .unknownReference, "requests[0].partner"),
            (
                request("window", ["start": "2026-03-18T23:00:00Z", "end": "2026-03-19T01:00:00Z"]), .invalidSpan,
                "requests[0].window"
            ),
            (
                request("window", ["start": "2026-03-19T02:00:00Z", "end": "2026-03-19T01:00:00Z"]), .invalidSpan,
                "requests[0].window.end"
            ),
            (request("contacts", 0), .outOfRange, "requests[0].contacts"),
            (request("maxContactSeconds", -5), .outOfRange, "requests[0].maxContactSeconds"),
            (request("split", ["minTrackSeconds": 3600]), .inconsistent, "requests[0].split.minTrackSeconds"),
            (request("totalSeconds", NSNull()), .missingField, "requests[0].totalSeconds"),
            (
                { $0["antennas"] = [["id": "kiruna", "owner": "esa"], ["id": "kiruna", "owner": "nasa"]] }, .duplicate,
                "antennas[1].id"
            ),
            ({ $0["partners"] = [["id": "esa", "share": 1], ["id": "nasa"]] }, .missingField, "partners[1].share"),
            ({ $0["fairnessTolerance"] = 1.5 }, .outOfRange, "fairnessTolerance"),
            ({ $0["groups"] = [["id": "array", "members": ["kiruna"]]] }, .outOfRange, "groups[0].members"),
            (
                { $0["viewPeriods"] = [["request": "r1", "resource": "goldstone", "periods": []]] }, .unknownReference,
                "viewPeriods[0].resource"
            ),
            (
                { $0["spacecraft"] = [["id": "sentinel", "tle": ["1 25544U", "2 25544"]]] }, .invalidValue,
                "spacecraft[0].tle"
            ),
        ]
        for (edit, code, field) in cases {
            let error = failure(edit)
            #expect(error?.code == code, "\(field)")
            #expect(error?.field == field, "\(String(describing: error))")
        }
        // A full-pass request cannot be split.
        let split = failure { object in
            self.request("split", ["minTrackSeconds": 600])(&object)
            self.request("placement", "fullPass")(&object)
        }
        #expect(split?.code == .inconsistent)
        #expect(split?.field == "requests[0].split")
    }

    @Test("shares follow contributed antenna time when none is given")
    func contributedShares() throws {
        let problem = try decode { object in
            object["partners"] = [["id": "esa"], ["id": "nasa"]]
            object["antennas"] = [
                ["id": "kiruna", "owner": "esa"],
                // Down for 6 of the 24 hours: contributes 18 h against Kiruna's 24 h.
                [
                    "id": "goldstone", "owner": "nasa",
                    "downtime": [["start": "2026-03-19T00:00:00Z", "end": "2026-03-19T06:00:00Z"]],
                ],
            ]
        }
        let shares = try CompiledProblem(problem).shares
        #expect(abs(shares[0] - 24.0 / 42) < 1e-12)
        #expect(abs(shares[1] - 18.0 / 42) < 1e-12)
    }
}
