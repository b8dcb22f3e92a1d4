import Foundation
import Orbits
import Scheduling
import Testing

@Suite("CCSDS 902.9 service package requests")
struct StandingOrderImportTests {
    static func t(_ text: String) -> Instant { try! Instant(iso8601: text) }

    static func read(_ name: String) throws -> ServiceRequestMessage {
        try ServiceRequestMessage.read(try ExchangeData.data(name), file: name)
    }

    @Test(
        "the CCSDS examples validate against 902x09b01-SMURF.xsd (the schema set works)",
        .enabled(if: ExchangeData.canValidate, ExchangeData.cannotValidateMessage))
    func examplesValidate() throws {
        let schema = ExchangeData.folder.appendingPathComponent("902x09b01-SMURF.xsd")
        for name in [
            "Example-902x09b01-SrvPkgReq-StndOrd-PsDylTim.xml", "Example-902x09b01-SrvPkgReq-StndOrd-MultCons.xml",
            "Example-902x09b01-SrvPkgReq-SnglPass.xml", "Example-902x09b01-SrvPkgReq-SnglPass-MultCons.xml",
            "Example-902x09b01-SrvPkgReq-DDOR.xml",
        ] {
            let result = try ExchangeData.validate(ExchangeData.folder.appendingPathComponent(name), schema: schema)
            #expect(result.status == 0, "\(name): \(result.output)")
        }
    }

    @Test(
        "a standing order with daily windows on weekdays becomes one request with 15 allowed spans",
        .enabled(if: ExchangeData.isAvailable, ExchangeData.missingMessage))
    func dailyWindows() throws {
        let message = try Self.read("Example-902x09b01-SrvPkgReq-StndOrd-PsDylTim.xml")
        #expect(message.originatingOrganization == "ESOC")
        let order = try #require(message.requests.first?.standingOrder)
        // 2021-200 is Monday 19 July 2021; 1 814 400 s is 21 days.
        #expect(order.start == Self.t("2021-07-19T00:00:00Z"))
        #expect(ServicePackageRequest.Weekday(of: order.start) == .monday)
        let imported = try StandingOrderImport(message)
        #expect(imported.notes.isEmpty, "\(imported.notes)")
        let request = try #require(imported.requests.first)
        #expect(request.id == "TEST-SAT-Service-Request-0001")
        #expect(request.spacecraft == "UNR::TEST-SAT")
        #expect(request.partner == "ESOC")
        #expect(request.window == TimeSpan(start: Self.t("2021-07-19T00:00:00Z"), end: Self.t("2021-08-09T00:00:00Z")))
        #expect(request.contacts == 15)
        #expect(request.minContacts == 12)
        #expect(request.minContactSeconds == 3_600)
        #expect(request.maxContactSeconds == 7_200)
        #expect(request.placement == .flexible)
        #expect(request.minGapSeconds == 43_200)
        #expect(request.resources == ["A-01"])
        #expect(request.priority == .routine)
        // Monday, Tuesday, Thursday, Friday 09–17 Z and Wednesday 09–12 Z, three weeks: 15 spans.
        let spans = try #require(request.allowedSpans)
        #expect(spans.count == 15)
        #expect(spans[0] == TimeSpan(start: Self.t("2021-07-19T09:00:00Z"), end: Self.t("2021-07-19T17:00:00Z")))
        #expect(spans[2] == TimeSpan(start: Self.t("2021-07-21T09:00:00Z"), end: Self.t("2021-07-21T12:00:00Z")))
        #expect(spans[4] == TimeSpan(start: Self.t("2021-07-23T09:00:00Z"), end: Self.t("2021-07-23T17:00:00Z")))
        #expect(spans[5].start == Self.t("2021-07-26T09:00:00Z"))  // the weekend is skipped
        #expect(spans[14] == TimeSpan(start: Self.t("2021-08-06T09:00:00Z"), end: Self.t("2021-08-06T17:00:00Z")))
    }

    @Test(
        "the imported standing order makes a valid problem, and the solver keeps to its daily windows",
        .enabled(if: ExchangeData.isAvailable, ExchangeData.missingMessage))
    func importedProblem() throws {
        let imported = try StandingOrderImport(
            try Self.read("Example-902x09b01-SrvPkgReq-StndOrd-PsDylTim.xml"), options: .init(partner: "esa"))
        let request = imported.requests[0]
        // A 90-minute view period every 8 hours from 19 July 04:00 Z: 04:00, 12:00, 20:00 each day.
        let periods = (0..<63).map { k -> TimeSpan in
            let start = Self.t("2021-07-19T04:00:00Z").adding(seconds: Double(k) * 28_800)
            return TimeSpan(start: start, end: start.adding(seconds: 5_400))
        }
        let problem = try ScheduleProblem.decode(
            ScheduleProblem(
                horizon: request.window, partners: [.init(id: "esa")], antennas: [.init(id: "A-01", owner: "esa")],
                spacecraft: [.init(id: request.spacecraft)], requests: [request],
                viewPeriods: [.init(request: request.id, resource: "A-01", periods: periods)]
            ).encoded())
        let compiled = try CompiledProblem(problem)
        // Only the 12:00–13:30 periods fit a window (09–17 Z; Wednesday's 09–12 Z holds none): 12 days.
        #expect(compiled.requests[0].periods.count == 12)
        let options = SchedulerOptions(
            seed: 5, timeLimitSeconds: nil, epochs: 3, movesPerEpoch: 10, threads: 1, enforceFairness: false)
        let result = Scheduler(problem: compiled, options: options).solve()
        #expect(result.schedule.contacts.count == 12)
        // 12 passes ≥ minNumOfPasses, a day apart ≥ 43 200 s: the validator finds nothing.
        #expect(ScheduleValidator(problem: problem).violations(of: result.schedule).isEmpty)
    }

    @Test(
        "pass counts, durations and intervals of a standing order; what is dropped is noted",
        .enabled(if: ExchangeData.isAvailable, ExchangeData.missingMessage))
    func multipleConstraints() throws {
        let imported = try StandingOrderImport(
            try Self.read("Example-902x09b01-SrvPkgReq-StndOrd-MultCons.xml"),
            options: .init(partner: "esa", spacecraft: ["XMM": "26083"], resources: ["A-01": "site-a-1"]))
        let request = try #require(imported.requests.first)
        #expect(request.spacecraft == "26083" && request.partner == "esa" && request.resources == ["site-a-1"])
        #expect(request.window.durationSeconds == 2_419_200)
        #expect(request.contacts == 14 && request.minContacts == 10)
        #expect(request.minContactSeconds == 147_600 && request.maxContactSeconds == 151_200)
        #expect(request.minGapSeconds == 21_600)
        #expect(request.allowedSpans == nil)
        #expect(imported.notes.map(\.element) == ["passInterval"])
        #expect(imported.notes[0].detail.contains("maxIntBetweenPasses"))
    }

    @Test(
        "single passes: the window runs from the earliest start to the latest end; aperture preference is noted",
        .enabled(if: ExchangeData.isAvailable, ExchangeData.missingMessage))
    func singlePasses() throws {
        let single = try StandingOrderImport(try Self.read("Example-902x09b01-SrvPkgReq-SnglPass.xml"))
        let request = try #require(single.requests.first)
        // 144 000 s after 1 July 00:00 is 2 July 16:00 (to a microsecond: instants add in days).
        #expect(request.window.start == Self.t("2021-07-01T00:00:00Z"))
        #expect(abs(request.window.end.seconds(since: Self.t("2021-07-02T16:00:00Z"))) < 1e-6)
        #expect(request.contacts == 1 && request.minContactSeconds == 144_000 && request.maxContactSeconds == 144_000)
        #expect(request.resources == ["NNO2"])
        let multiple = try StandingOrderImport(try Self.read("Example-902x09b01-SrvPkgReq-SnglPass-MultCons.xml"))
        #expect(multiple.requests[0].resources == ["A-01", "Site-B", "Site-C"])
        #expect(Set(multiple.notes.map(\.element)) == ["basicPass", "apertureSelection", "handover"])
        let handover = try #require(multiple.notes.first { $0.element == "handover" })
        #expect(handover.line == 30)
    }

    /// A message around `body` (inside `newOnlineSrvPkgReq`).
    static func message(_ body: String, parameters: String = "") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <srvMgtUtilReq xmlns="urn:ccsds:schema:cssm:1.0.0">
              <srvMgtUtilReqHeader originatingOrganization="ACME" generationTime="2026-077T00:00:00Z" version="1"
                utilizationReqStatus="TEST"/>
              <newOnlineSrvPkgReq requestID="R1" serviceReqID="S1">
                \(parameters)<spaceUserNode>SAT-1</spaceUserNode>
                \(body)
                <onlineSrvPkgType1 sicfRef="X"><onlineSrvPkgType1Details configProfileRef="C"/></onlineSrvPkgType1>
              </newOnlineSrvPkgReq>
            </srvMgtUtilReq>
            """.utf8)
    }

    static func failure(_ data: Data) -> ExchangeError? {
        do {
            _ = try StandingOrderImport(try ServiceRequestMessage.read(data, file: "req.xml"), file: "req.xml")
            return nil
        } catch { return error }
    }

    @Test("a window past midnight, every day when no day is listed, priority from a parameter")
    func overnightWindows() throws {
        let data = Self.message(
            """
            <standingOrder standingOrderStartTime="2026-078T00:00:00Z" standingOrderDuration="172800" maxNumOfPasses="4"/>
                <passDailyTime earliestPassStart="22:00:00Z" latestPassEnd="02:00:00Z"/>
            """, parameters: "<stringParameter name=\"priority\" value=\"critical\"/>")
        let imported = try StandingOrderImport(try ServiceRequestMessage.read(data))
        let request = imported.requests[0]
        #expect(request.priority == .critical)
        #expect(request.placement == .fullPass)  // no maximum pass duration: whole passes
        #expect(request.resources == nil)
        // 18 March 00:00–02:00 (from the 17th's window), 18th 22:00–19th 02:00, 19th 22:00–20th 00:00.
        #expect(
            request.allowedSpans == [
                TimeSpan(start: Self.t("2026-03-19T00:00:00Z"), end: Self.t("2026-03-19T02:00:00Z")),
                TimeSpan(start: Self.t("2026-03-19T22:00:00Z"), end: Self.t("2026-03-20T02:00:00Z")),
                TimeSpan(start: Self.t("2026-03-20T22:00:00Z"), end: Self.t("2026-03-21T00:00:00Z")),
            ])
    }

    @Test("errors name the file, line, element and attribute")
    func errors() {
        let badCount = Self.failure(
            Self.message(
                """
                <standingOrder standingOrderStartTime="2026-078T00:00:00Z" standingOrderDuration="86400"
                                   minNumOfPasses="three"/>
                """))
        #expect(badCount?.code == .invalidValue)
        #expect(badCount?.file == "req.xml")
        #expect(badCount?.line == 8)
        #expect(badCount?.element == "standingOrder")
        #expect(badCount?.attribute == "minNumOfPasses")
        #expect(badCount?.value == "three")
        let crossed = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\" "
                    + "minNumOfPasses=\"5\" maxNumOfPasses=\"2\"/>"))
        #expect(crossed?.code == .inconsistent && crossed?.attribute == "minNumOfPasses")
        let badDay = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\"/>"
                    + "<passDailyTime><daysForPasses>FUNDAY</daysForPasses></passDailyTime>"))
        #expect(badDay?.code == .invalidValue && badDay?.element == "daysForPasses" && badDay?.value == "FUNDAY")
        let badTime = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\"/>"
                    + "<passDailyTime earliestPassStart=\"9:00\"/>"))
        #expect(badTime?.code == .invalidValue && badTime?.attribute == "earliestPassStart")
        // 2026-03-19 is a Thursday: a one-day order on Sundays allows nothing.
        let noDay = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\"/>"
                    + "<passDailyTime><daysForPasses>SUNDAY</daysForPasses></passDailyTime>"))
        #expect(noDay?.code == .inconsistent && noDay?.element == "passDailyTime")
        #expect(Self.failure(Self.message(""))?.code == .missingField)
        let both = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\"/>"
                    + "<basicPass preferredStartTime=\"2026-078T00:00:00Z\" preferredDuration=\"600\"/>"))
        #expect(both?.code == .inconsistent && both?.element == "newOnlineSrvPkgReq")
        let twice = Self.failure(
            Self.message(
                "<standingOrder standingOrderStartTime=\"2026-078T00:00:00Z\" standingOrderDuration=\"86400\"/>"
                    + "<standingOrder standingOrderStartTime=\"2026-079T00:00:00Z\" standingOrderDuration=\"86400\"/>"))
        #expect(twice?.code == .duplicate)
        let priority = Self.failure(
            Self.message(
                "<basicPass preferredStartTime=\"2026-078T00:00:00Z\" preferredDuration=\"600\"/>",
                parameters: "<stringParameter name=\"priority\" value=\"urgent\"/>"))
        #expect(priority?.code == .invalidValue && priority?.attribute == "priority")
        let body = Self.failure(
            Self.message(
                "<apertureSelection><apertureCelestialBodyPosition celestialBody=\"MOON\" celestialBodyLat=\"0\" "
                    + "celestialBodyLong=\"0\"/></apertureSelection>"
                    + "<basicPass preferredStartTime=\"2026-078T00:00:00Z\" preferredDuration=\"600\"/>"))
        #expect(body?.code == .unsupported)
        #expect(Self.failure(Data("<simpleSchedule/>".utf8))?.code == .wrongDocument)
        #expect(Self.failure(Data("<srvMgtUtilReq>".utf8))?.code == .malformed)
    }
}
