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
        #expect(opened.updated.isEmpty)
        let summary = book.merge(second, screenedAt: ScreeningFixture.start.adding(seconds: 43_200))
        #expect(summary.opened.count + summary.updated.count == second.conjunctions.count)
        // Encounters well inside the overlap are seen again, at the same TCA and distance.
        let overlap = first.conjunctions.filter {
            $0.flags.isEmpty && $0.tcaSeconds > 43_200 + 600 && $0.tcaSeconds < 86_400 - 600
        }
        #expect(overlap.count > 50)
        for c in overlap {
            let event = book.events.first { $0.history[0].conjunction == c }
            guard let event, event.history.count == 2 else {
                Issue.record("\(c.primary.catalogNumber)-\(c.secondary.catalogNumber) at \(c.tcaSeconds) not updated")
                continue
            }
            let again = event.history[1].conjunction
            #expect(abs(again.missDistance - c.missDistance) < 1e-6)
            #expect(abs(again.tcaSeconds + 43_200 - c.tcaSeconds) < 1e-4)
            #expect(event.history[1].screenedAt == ScreeningFixture.start.adding(seconds: 43_200))
        }
        // Encounters of the first half-day only are not touched.
        let early = first.conjunctions.filter { $0.flags.isEmpty && $0.tcaSeconds < 43_200 - 600 }
        for c in early {
            #expect(book.events.first { $0.history[0].conjunction == c }?.history.count == 1)
        }
        // The ISS and its six docked vehicles: one co-moving event each, seen by both screenings.
        let docked = book.events(involving: 25544).filter { $0.latest.flags.contains(.comoving) }
        #expect(docked.count == 6)
        #expect(docked.allSatisfy { $0.history.count == 2 })
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
