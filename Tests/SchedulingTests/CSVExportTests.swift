import Foundation
import Orbits
import Scheduling
import Testing

@Suite("CSV export")
struct CSVExportTests {
    /// The expected file, written out by hand from the fixture (RFC 4180: CRLF records, fields
    /// with `,` `"` CR or LF quoted, inner quotes doubled). Times: origin 2026-03-19T00:00:00Z
    /// plus 3723.25 s = 01:02:03.250; the group's setup is its request's 45 s, teardown the
    /// larger member's 90 s.
    static let expected =
        "antenna,spacecraft,partner,request,start,end,durationSeconds,setupSeconds,teardownSeconds\r\n"
        + "kiruna-1,sentinel-2a,esa,r-esa,2026-03-19T01:02:03.250Z,2026-03-19T01:12:03.250Z,600,120,60\r\n"
        + "DSS-34+35,\"Sat\\1,\nsecond line\",\"Acme, \"\"Orbital\"\" Inc.\",\"r,\"\"odd\"\"\","
        + "2026-03-19T02:00:00.000Z,2026-03-19T02:30:00.500Z,1800.5,45,90\r\n"
        + "kiruna-1,sentinel-2a,esa,r-esa,2026-03-19T11:06:40.000Z,2026-03-19T11:21:40.000Z,900,120,60\r\n"
        + "DSS-35,Ørsted ✈️,Agência Espacial; São José,r-ünï,2026-03-19T13:53:20.000Z,2026-03-19T14:03:20.000Z,"
        + "600,600,90\r\n"

    @Test("writes the fixture byte for byte as worked out by hand")
    func exactText() throws {
        let csv = try ExportFixture.export().csv()
        #expect(Array(csv.utf8) == Array(Self.expected.utf8))
    }

    @Test("a partner's CSV holds only its contacts; an unknown partner is an error naming it")
    func partnerFilter() throws {
        let csv = try ExportFixture.export().csv(partner: ExportFixture.esa)
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 3)
        #expect(records.dropFirst().allSatisfy { $0.hasPrefix("kiruna-1,sentinel-2a,esa,r-esa,") })
        #expect(throws: SchedulingError.self) { try ExportFixture.export().csv(partner: "nobody") }
        do {
            _ = try ExportFixture.export().csv(partner: "nobody")
        } catch {
            #expect(error.code == .unknownReference)
            #expect(error.field == "partner")
        }
    }

    @Test(
        "Python's csv module reads every awkward field back exactly",
        .enabled(if: PythonReference.hasCSV, "python3 is absent: independent CSV check skipped"))
    func pythonReadsBack() throws {
        let file = try ExchangeData.temporary(try ExportFixture.export().csv(), name: "schedule.csv")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let output = try #require(try PythonReference.run(script, file: file))
        let rows = try JSONDecoder().decode([[String]].self, from: output)
        #expect(rows.count == 5)
        #expect(rows[0] == ScheduleExport.csvColumns)
        #expect(rows[2][1] == ExportFixture.awkwardCraft)
        #expect(rows[2][2] == ExportFixture.awkwardPartner)
        #expect(rows[2][3] == "r,\"odd\"")
        #expect(rows[4][1] == "Ørsted ✈️")
        #expect(rows[4][2] == ExportFixture.unicodePartner)
        #expect(rows.allSatisfy { $0.count == 9 })
    }

    @Test("an export of a contact whose request is unknown names the contact")
    func unknownRequest() {
        var schedule = ExportFixture.schedule()
        schedule.contacts.append(Fixture.contact("ghost", "kiruna-1", 60_000, 60_100))
        let export = ScheduleExport(
            schedule: schedule, problem: ExportFixture.problem(),
            options: ScheduleExportOptions(generatedAt: ExportFixture.generatedAt))
        do {
            _ = try export.csv()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .unknownReference)
            #expect(error.field == "contacts[4].request")
        }
    }
}
