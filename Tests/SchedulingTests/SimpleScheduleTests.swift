import Foundation
import Orbits
import Scheduling
import Testing

@Suite("CCSDS Simple Schedule (902.1)")
struct SimpleScheduleTests {
    static var schema: URL { ExchangeData.folder.appendingPathComponent("902x01w02-SSF.xsd") }

    @Test(
        "the schema set compiles and the CCSDS example validates against it",
        .enabled(if: ExchangeData.canValidate, ExchangeData.cannotValidateMessage))
    func exampleValidates() throws {
        let example = ExchangeData.folder.appendingPathComponent("Example-902x01w02-SimpleSchedule.xml")
        let result = try ExchangeData.validate(example, schema: Self.schema)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validates"))
    }

    @Test(
        "the example with ESA EMS extensions validates when the EMS schema is imported too",
        .enabled(if: ExchangeData.canValidate, ExchangeData.cannotValidateMessage))
    func extensionsExampleValidates() throws {
        // The extension element lives in namespace http://esa.egos.ems (EmsExternal.xsd), which
        // the SSF schema does not import itself: a wrapper schema includes both.
        let wrapper = try ExchangeData.temporary(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:ccsds:schema:cssm:1.0.0"
                        elementFormDefault="qualified">
              <xsd:import namespace="http://esa.egos.ems"
                          schemaLocation="\(ExchangeData.folder.appendingPathComponent("EmsExternal.xsd").path)"/>
              <xsd:include schemaLocation="\(Self.schema.path)"/>
            </xsd:schema>
            """, name: "ssf-ems.xsd")
        defer { try? FileManager.default.removeItem(at: wrapper.deletingLastPathComponent()) }
        let example = ExchangeData.folder.appendingPathComponent("Example-902x01w02-SimpleScheduleWithExtensions.xml")
        let result = try ExchangeData.validate(example, schema: wrapper)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "the export validates against 902x01w02-SSF.xsd, awkward names and a group included",
        .enabled(if: ExchangeData.canValidate, ExchangeData.cannotValidateMessage))
    func exportValidates() throws {
        let export = ExportFixture.export()
        for partner in [nil, ExportFixture.awkwardPartner] {
            let file = try ExchangeData.temporary(try export.simpleSchedule(partner: partner), name: "schedule.xml")
            defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
            let result = try ExchangeData.validate(file, schema: Self.schema)
            #expect(result.status == 0, "\(result.output)")
        }
        // A schedule with no contacts is valid too (packages are optional).
        let empty = ScheduleExport(
            schedule: Schedule(contacts: []), problem: ExportFixture.problem(),
            options: ScheduleExportOptions(generatedAt: ExportFixture.generatedAt, scheduleStatus: .operational))
        let file = try ExchangeData.temporary(try empty.simpleSchedule(), name: "empty.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try ExchangeData.validate(file, schema: Self.schema).status == 0)
    }

    @Test(
        "a broken export would fail the schema: the check can fail",
        .enabled(if: ExchangeData.canValidate, ExchangeData.cannotValidateMessage))
    func schemaCatchesErrors() throws {
        let text = try ExportFixture.export().simpleSchedule()
            .replacingOccurrences(of: "serviceType=\"TBD\"", with: "serviceType=\"PIZZA\"")
        let file = try ExchangeData.temporary(text, name: "broken.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try ExchangeData.validate(file, schema: Self.schema).status != 0)
    }

    @Test("times are CCSDS day-of-year UTC; activities span setup and teardown; a group gives one activity per member")
    func content() throws {
        let text = try ExportFixture.export().simpleSchedule()
        // 2026-03-19 is day 078; the first contact tracks 01:02:03.250–01:12:03.250 with 120 s setup, 60 s teardown.
        #expect(text.contains("beginningOfActivity=\"2026-078T01:00:03.250Z\""))
        #expect(text.contains("beginningOfTrack=\"2026-078T01:02:03.250Z\""))
        #expect(text.contains("endOfTrack=\"2026-078T01:12:03.250Z\""))
        #expect(text.contains("endOfActivity=\"2026-078T01:13:03.250Z\""))
        #expect(text.contains("startTime=\"2026-078T00:00:00.000Z\" endTime=\"2026-079T00:00:00.000Z\""))
        #expect(text.contains("generationTime=\"2026-077T12:00:00.000Z\""))
        // Attribute escaping of quotes, ampersand-free text, line break as a character reference.
        #expect(text.contains("originatingRequestId=\"r,&quot;odd&quot;\""))
        #expect(text.contains("user=\"Sat\\1,&#10;second line\""))
        #expect(text.contains("description=\"week 12, &quot;draft&quot;\""))
        #expect(text.components(separatedBy: "<scheduledActivity ").count - 1 == 5)
        #expect(text.contains("siteRef=\"DSS-34\"") && text.contains("siteRef=\"DSS-35\""))
    }

    @Test("read back, the export gives the same contacts, names and times")
    func roundTrip() throws {
        let export = ExportFixture.export()
        let read = try SimpleSchedule.read(Data(try export.simpleSchedule().utf8), file: "export.xml")
        #expect(read.schedule().contacts == export.schedule.contacts)
        #expect(read.header.originatingOrganization == "concord")
        #expect(read.header.status == "PROVISIONAL")
        #expect(read.header.description == "week 12, \"draft\"")
        #expect(read.packages[1].user == ExportFixture.awkwardCraft)
        #expect(read.packages[1].parameters["partner"] == ExportFixture.awkwardPartner)
        #expect(read.packages[1].activities.map(\.apertureRef) == ["DSS-34", "DSS-35"])
        #expect(read.packages[3].parameters["partner"] == ExportFixture.unicodePartner)
        // Setup 45 s before 02:00:00; teardown 90 s after 02:30:00.500.
        #expect(read.packages[1].activities[0].beginningOfActivity == (try Instant(iso8601: "2026-078T01:59:15Z")))
        #expect(read.packages[1].activities[1].endOfActivity == (try Instant(iso8601: "2026-078T02:31:30.5Z")))
    }

    @Test(
        "reads the CCSDS example: five packages, their tracks and services",
        .enabled(if: ExchangeData.isAvailable, ExchangeData.missingMessage))
    func readsExample() throws {
        let name = "Example-902x01w02-SimpleSchedule.xml"
        let read = try SimpleSchedule.read(try ExchangeData.data(name), file: name)
        #expect(read.header.originatingOrganization == "RKPNI")
        #expect(read.header.inclusionType == "OVERLAP_INCLUSION")
        #expect(read.header.startTime == (try Instant(iso8601: "2016-05-13T00:00:00Z")))  // day 134 of 2016
        #expect(read.packages.map(\.user) == ["GAIA", "LIPF", "ROS", "TEST-SC1", "TEST-SC2"])
        let gaia = read.packages[0].activities[0]
        #expect(gaia.apertureRef == "MLG")
        #expect(gaia.beginningOfTrack == (try Instant(iso8601: "2016-134T03:32:52Z")))
        #expect(gaia.endOfActivity == (try Instant(iso8601: "2016-134T10:25:29Z")))
        #expect(read.packages[3].activities[0].services.map(\.serviceType) == ["TELEMETRY", "TELECOMMAND"])
        let contacts = read.schedule().contacts
        #expect(contacts.count == 5)
        #expect(contacts[0].request == "GAIA_Dummy_Request_001" && contacts[0].resource == "MLG")
    }

    @Test("errors name the file, line, element and attribute")
    func errors() {
        func failure(_ text: String) -> ExchangeError? {
            do {
                _ = try SimpleSchedule.read(Data(text.utf8), file: "bad.xml")
                return nil
            } catch { return error }
        }
        let header = """
            <simpleSchedule xmlns="urn:ccsds:schema:cssm:1.0.0">
              <simpleScheduleHeader originatingOrganization="X" generationTime="2026-078T00:00:00Z" status="TEST"
                inclusionType="START_INCLUSION" version="1"/>
            """
        let badTime = failure(
            header + """

                  <scheduledPackage scheduledPackageId="P1" user="U">
                    <scheduledActivity scheduledActivityId="A" activityStatus="COMMITTED" siteRef="S" apertureRef="S"
                      beginningOfTrack="2026-078T25:00:00Z" endOfTrack="2026-078T02:00:00Z"/>
                  </scheduledPackage>
                </simpleSchedule>
                """)
        #expect(badTime?.code == .invalidValue)
        #expect(badTime?.file == "bad.xml")
        #expect(badTime?.line == 6)
        #expect(badTime?.element == "scheduledActivity")
        #expect(badTime?.attribute == "beginningOfTrack")
        #expect(badTime?.value == "2026-078T25:00:00Z")
        #expect(failure("<simpleSchedule><oops></simpleSchedule>")?.code == .malformed)
        #expect(failure("<srvMgtUtilReq/>")?.code == .wrongDocument)
        let missing = failure(header + "<scheduledPackage user=\"U\"/></simpleSchedule>")
        #expect(missing?.code == .missingField)
        #expect(missing?.line == 3)  // the header's last line: the package follows on it
    }
}
