import Foundation
import Orbits
import Scheduling
import Testing

@Suite("Export formats")
struct ScheduleExportFormatTests {
    @Test("the formats the CLI offers, with their file extensions and media types")
    func formats() {
        #expect(ScheduleExportFormat.allCases.map(\.rawValue) == ["json", "csv", "ical", "ssf"])
        #expect(ScheduleExportFormat.allCases.map(\.fileExtension) == ["json", "csv", "ics", "xml"])
        #expect(ScheduleExportFormat(rawValue: "ical")?.mediaType == "text/calendar; charset=utf-8")
        #expect(ScheduleExportFormat.allCases.filter(\.isPerPartner) == [.ical])
    }

    @Test("JSON is the concord-schedule format and reads back to the same schedule; a partner's holds its own")
    func json() throws {
        let export = ExportFixture.export()
        let all = try Schedule.decode(Data(try export.render(.json).utf8))
        #expect(all == export.schedule)
        let esa = try Schedule.decode(Data(try export.render(.json, partner: ExportFixture.esa).utf8))
        #expect(esa.contacts == export.schedule.contacts.filter { $0.request == "r-esa" })
        #expect(esa.problem == "week 12, \"draft\"")
    }

    @Test("every format renders the same inputs to the same bytes")
    func deterministic() throws {
        for format in ScheduleExportFormat.allCases {
            #expect(try ExportFixture.export().render(format) == ExportFixture.export().render(format))
        }
    }

    @Test("setup and teardown: the request's own, else the largest of the antennas a group occupies")
    func setupAndTeardown() throws {
        let items = try ExportFixture.export().contacts()
        #expect(items.map(\.setupSeconds) == [120, 45, 120, 600])
        #expect(items.map(\.teardownSeconds) == [60, 90, 60, 90])
        #expect(items[1].antennas == ["DSS-34", "DSS-35"])
        #expect(items[1].durationMillis == 1_800_500)
    }
}
