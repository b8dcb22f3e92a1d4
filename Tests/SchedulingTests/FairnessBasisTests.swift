import Foundation
import Scheduling
import Testing

/// The schedule file's optional `fairness` object: read back as written, misspelt keys refused,
/// and mapped onto a problem's partners in their order for the re-planner.
@Suite("Fairness basis in the schedule format")
struct FairnessBasisTests {
    static let contact = Contact(
        request: "r1", resource: "A", start: Fixture.t(0), end: Fixture.t(600))

    @Test("written and read back; a schedule without one still reads")
    func roundTrip() throws {
        let basis = FairnessBasis(aloneSeconds: ["p": 1200.5, "q": 0])
        let schedule = Schedule(problem: "day", contacts: [Self.contact], fairness: basis)
        let read = try Schedule.decode(try schedule.encoded())
        #expect(read == schedule)
        #expect(read.fairness?.aloneSeconds == ["p": 1200.5, "q": 0])
        let floors = FairnessBasis(missionFloorUnsatisfied: 0.5, missionFloorSeconds: ["521": 12_600])
        #expect(try Schedule.decode(Schedule(contacts: [], fairness: floors).encoded()).fairness == floors)
        let plain = #"{"format": "concord-schedule", "version": 1, "contacts": []}"#
        #expect(try Schedule.decode(Data(plain.utf8)).fairness == nil)
    }

    @Test("a misspelt key inside it is an error naming it")
    func strictKeys() throws {
        let text = #"{"format": "concord-schedule", "version": 1, "contacts": [], "fairness": {"aloneSecond": {}}}"#
        let error = try #require(throws: SchedulingError.self) { try Schedule.decode(Data(text.utf8)) }
        #expect(error.field.contains("aloneSecond"), "\(error)")
    }

    @Test("alone times in the problem's partner order; a missing partner or a negative time is refused by name")
    func partnerOrder() throws {
        let problem = ScheduleProblem(
            horizon: Fixture.span(0, 3_600), partners: [.init(id: "q", share: 0.5), .init(id: "p", share: 0.5)],
            antennas: [.init(id: "A", owner: "p")], spacecraft: [.init(id: "s1")],
            requests: [Fixture.pass("s1", partner: "p", contacts: 1, horizon: 3_600)],
            viewPeriods: [Fixture.periods("s1", "A", [(0, 600)])])
        let compiled = try CompiledProblem(problem)
        #expect(try FairnessBasis(aloneSeconds: ["p": 600, "q": 0]).aloneSeconds(for: compiled) == [0, 600])
        #expect(try FairnessBasis(missionFloorSeconds: ["s1": 600]).aloneSeconds(for: compiled) == nil)
        let missing = try #require(throws: SchedulingError.self) {
            try FairnessBasis(aloneSeconds: ["p": 600]).aloneSeconds(for: compiled)
        }
        #expect(missing.code == .missingField && missing.field == "fairness.aloneSeconds.q")
        let negative = try #require(throws: SchedulingError.self) {
            try FairnessBasis(aloneSeconds: ["p": 600, "q": -1]).aloneSeconds(for: compiled)
        }
        #expect(negative.code == .outOfRange && negative.field == "fairness.aloneSeconds.q")
    }
}
