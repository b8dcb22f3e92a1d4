import Foundation
import Orbits
import Testing

@testable import Screening

/// Events across successive screenings of the fixture subset.
@Suite("Conjunction events")
struct EventBookTests {
    /// A screening 12 h later over the same element sets sees the events of the overlap
    /// again (identical values: same elements), so those events get a second history entry;
    /// the first half-day's events keep one entry and the new half-day's open new events.
    @Test func overlappingScreeningsExtendHistories() throws {
        let first = ScreeningFixture.report
        let second = try Screener(
            catalog: try ScreeningFixture.catalog(),
            options: ScreeningOptions(
                start: ScreeningFixture.start.adding(seconds: 43_200), spanSeconds: 86_400,
                threshold: .distance(km: 10))
        ).run()
        var book = EventBook()
        let opened = book.merge(first)
        #expect(opened.opened.count == first.conjunctions.count)
        let summary = book.merge(second, screenedAt: ScreeningFixture.start.adding(seconds: 43_200))
        let overlap = first.conjunctions.filter { !$0.flags.contains(.comoving) && $0.tcaSeconds > 43_200 + 1 }
        let updatedEncounters = book.events.filter { $0.history.count == 2 && !$0.latest.flags.contains(.comoving) }
        #expect(updatedEncounters.count == overlap.count)
        for event in updatedEncounters {
            #expect(abs(event.history[0].conjunction.missDistance - event.history[1].conjunction.missDistance) < 1e-9)
            #expect(
                abs(event.history[1].conjunction.tcaSeconds + 43_200 - event.history[0].conjunction.tcaSeconds) < 1e-4)
        }
        #expect(summary.opened.count + summary.updated.count == second.conjunctions.count)
        #expect(book.events(involving: 25544).count == 6)
    }

    /// The same pair 20 minutes apart is two events; 1 minute apart, one.
    @Test func toleranceSeparatesEncounters() throws {
        let c = try #require(ScreeningFixture.report.conjunctions.first { $0.flags.isEmpty })
        var moved = c
        moved.tca = c.tca.adding(seconds: 1200)
        var near = c
        near.tca = c.tca.adding(seconds: 60)
        let event = ConjunctionEvent(first: .init(screenedAt: ScreeningFixture.start, conjunction: c))
        #expect(event.matches(near, tolerance: 600))
        #expect(!event.matches(moved, tolerance: 600))
        #expect(event.id.hasPrefix("\(c.primary.catalogNumber)-\(c.secondary.catalogNumber)-2023"))
    }
}
