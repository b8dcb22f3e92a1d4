import Scheduling
import Testing

@Suite("Schedule changes")
struct ScheduleChangesTests {
    @Test("classifies kept, shifted, reassigned, removed and added contacts")
    func classification() {
        let announced = Schedule(contacts: [
            Fixture.contact("a", "A", 0, 100), Fixture.contact("b", "A", 200, 300),
            Fixture.contact("c", "B", 400, 500), Fixture.contact("d", "B", 600, 700),
        ])
        let revised = Schedule(contacts: [
            Fixture.contact("a", "A", 0, 100),  // kept
            Fixture.contact("b", "A", 220, 320),  // same antenna, overlapping: shifted
            Fixture.contact("c", "A", 400, 500),  // another antenna: reassigned
            Fixture.contact("e", "B", 0, 10),  // new
        ])
        let changes = ScheduleChanges(announced: announced, revised: revised)
        #expect(changes.kept == [Fixture.contact("a", "A", 0, 100)])
        #expect(changes.shifted.map(\.revised) == [Fixture.contact("b", "A", 220, 320)])
        #expect(changes.reassigned.map(\.announced) == [Fixture.contact("c", "B", 400, 500)])
        #expect(changes.removed == [Fixture.contact("d", "B", 600, 700)])
        #expect(changes.added == [Fixture.contact("e", "B", 0, 10)])
        #expect(changes.moved == 3)
        // A millisecond is a move; less is not.
        let late = ScheduleChanges(
            announced: announced,
            revised: Schedule(
                contacts: announced.contacts.map {
                    Contact(
                        request: $0.request, resource: $0.resource, start: $0.start.adding(seconds: 0.0004), end: $0.end
                    )
                }))
        #expect(late.moved == 0)
        let moved = ScheduleChanges(
            announced: announced,
            revised: Schedule(
                contacts: announced.contacts.map {
                    Contact(
                        request: $0.request, resource: $0.resource, start: $0.start.adding(seconds: 0.001), end: $0.end)
                }))
        #expect(moved.moved == 4 && moved.shifted.count == 4)
    }
}
