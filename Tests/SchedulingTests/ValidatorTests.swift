import Scheduling
import Testing

@Suite("Schedule validator")
struct ValidatorTests {
    let problem = Fixture.everyRule()
    var validator: ScheduleValidator { ScheduleValidator(problem: problem) }

    /// The kinds of violation found when `contacts` replace the valid schedule.
    func kinds(_ contacts: [Contact]) -> [Violation.Kind] {
        validator.violations(of: Schedule(contacts: contacts)).map(\.kind)
    }

    @Test("accepts a schedule that keeps every rule, owner's use of its reservation included")
    func validSchedule() throws {
        _ = try Fixture.roundTrip(problem)
        #expect(validator.violations(of: Schedule(contacts: Fixture.everyRuleValid)).isEmpty)
        #expect(kinds([Fixture.contact("r1", "A1", 9100, 9300)]).isEmpty)
    }

    @Test("names each contact-level violation")
    func contactRules() {
        let cases: [(Contact, [Violation.Kind])] = [
            (Fixture.contact("zz", "A1", 1000, 1500), [.unknownRequest]),
            (Fixture.contact("r1", "A9", 1000, 1500), [.unknownResource]),
            (Fixture.contact("r1", "A1", 1500, 1500), [.emptyContact]),
            (Fixture.contact("r2", "A1", 3800, 4200), [.outsideWindow, .notFullPass]),
            (Fixture.contact("r1", "A1", 1900, 2100), [.outsideViewPeriod]),
            (Fixture.contact("r1", "A3", 1900, 2100), [.outsideViewPeriod]),
            (Fixture.contact("r2", "A1", 1500, 1800), [.notFullPass]),
            (Fixture.contact("r1", "A1", 6000, 6050), [.tooShort]),
            (Fixture.contact("r1", "A1", 6000, 6900), [.tooLong]),
            (Fixture.contact("r3", "A3", 6000, 6150), [.tooShort]),
            // Setup (60 s) reaches back into the downtime ending at 5600.
            (Fixture.contact("r1", "A1", 5620, 6000), [.downtime]),
            (Fixture.contact("r3", "A1", 9100, 9300), [.reserved]),
            (Fixture.contact("r1", "A2", 1000, 1500), [.excludedPartner]),
        ]
        for (contact, expected) in cases {
            let found = validator.violations(of: Schedule(contacts: [contact]))
            #expect(found.map(\.kind) == expected, "\(contact.request) on \(contact.resource): \(found)")
            #expect(found.allSatisfy { $0.contacts == [0] }, "\(found)")
        }
    }

    @Test("names request limits and the contacts involved")
    func requestLimits() {
        let three = [
            Fixture.contact("r1", "A1", 1000, 1200), Fixture.contact("r1", "A1", 1300, 1500),
            Fixture.contact("r1", "A1", 6000, 6200),
        ]
        let limits = validator.violations(of: Schedule(contacts: three))
        #expect(limits.map(\.kind) == [.tooManyContacts])
        #expect(limits.first?.contacts == [0, 1, 2])
        let over = [Fixture.contact("r3", "A3", 6000, 6600), Fixture.contact("r3", "A3", 7000, 7500)]
        #expect(kinds(over) == [.overTotal])
    }

    @Test("finds antenna overlaps made by setup and teardown alone, and on group members")
    func antennaOverlaps() {
        // Tracking 1000–1500 and 1500–1900 touch, but teardown (30 s) and setup (60 s) overlap.
        let touching = [Fixture.contact("r1", "A1", 1000, 1500), Fixture.contact("r2", "A1", 1500, 1900)]
        let found = validator.violations(of: Schedule(contacts: touching))
        #expect(found.map(\.kind) == [.antennaOverlap])
        #expect(found.first?.subject == "A1")
        #expect(Set(found.first?.contacts ?? []) == [0, 1])
        // The group occupies A1 and A3: apart in time it is fine, overlapping on A3 it is not.
        let group = [Fixture.contact("r1", "G", 3000, 3400), Fixture.contact("r3", "A3", 6000, 6300)]
        #expect(kinds(group).isEmpty)
        let clash = [Fixture.contact("r1", "G", 3000, 3400), Fixture.contact("r2", "A3", 3300, 3700)]
        let member = validator.violations(of: Schedule(contacts: clash))
        #expect(member.map(\.kind) == [.antennaOverlap])
        #expect(member.first?.subject == "A3")
    }

    @Test("finds a spacecraft tracked by two antennas at once")
    func spacecraftOverlap() {
        let both = [Fixture.contact("r1", "A1", 6500, 7000), Fixture.contact("r3", "A3", 6800, 7200)]
        let found = validator.violations(of: Schedule(contacts: both))
        #expect(found.map(\.kind) == [.spacecraftOverlap])
        #expect(found.first?.subject == "s1")
        // Allowed when the spacecraft says so.
        var relaxed = problem
        relaxed.spacecraft[0].simultaneousContacts = true
        #expect(ScheduleValidator(problem: relaxed).violations(of: Schedule(contacts: both)).isEmpty)
    }
}
