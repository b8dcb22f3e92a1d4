import Consortium
import Foundation
import Orbits
import SpaceSafety
import Testing

@testable import Storage

/// Migration 3: the catalog, screening runs and conjunction events, on both backends, with the
/// demo fleet screened against a real catalog subset (`ConjunctionFixture`).
extension StorageBehaviourTests {
    @Test(arguments: Backend.selected)
    func catalogImportsReplaceTheWholeCatalogOrNothing(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            #expect(Migration.all.map(\.version).contains(3))
            #expect(try await repository.catalogCount() == 0)
            let catalog = try ConjunctionFixture.catalog()
            #expect(catalog.count == 93)
            try await repository.replaceCatalog(catalog, at: ConjunctionFixture.start)
            #expect(Self.same(try await repository.catalogObjects(), catalog))
            let iss = try #require(try await repository.catalogObjects().first { $0.noradID == 25544 })
            #expect(iss.name == "ISS (ZARYA)")
            #expect(abs(iss.epoch.seconds(since: try Instant(iso8601: "2026-03-19T03:06:36.144Z"))) < 1e-3)

            // A NORAD id given twice fails the whole replacement: the old catalog is still there.
            let error = await #expect(throws: StorageError.self) {
                try await repository.replaceCatalog(Array(catalog.prefix(10)) + [catalog[0]], at: .now)
            }
            #expect(error?.code == .invalid)
            #expect(error?.field == "catalog[\(catalog[0].noradID)]")
            #expect(try await repository.catalogCount() == 93)
            #expect(Self.same(try await repository.catalogObjects(), catalog))

            try await repository.replaceCatalog(Array(catalog.prefix(10)), at: .now)
            #expect(try await repository.catalogCount() == 10)
        }
    }

    @Test(arguments: Backend.selected)
    func eventsKeepTheirIdAndGainOneObservationPerRun(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let demo = try ConjunctionFixture.demo()
            let catalog = try ConjunctionFixture.catalog()
            let start = ConjunctionFixture.start
            // Run 1: 00:00-06:00Z; run 2: 03:00-09:00Z, both at 5 km.
            let first = ScreeningRunOptions(start: start, spanSeconds: 6 * 3600, thresholdKm: 5)
            let (run1, fold1) = try ConjunctionFixture.screen(
                first, id: "scr-0000000000000001", at: try Instant(iso8601: "2026-03-19T00:00:01Z"),
                spacecraft: demo.spacecraft, catalog: catalog, previous: [])
            try await repository.startScreeningRun(
                ScreeningRunRecord(
                    id: run1.id, trigger: .request, requestedBy: "secretariat", options: first,
                    createdAt: run1.createdAt))
            try await repository.finishScreeningRun(run1, events: fold1.events)
            #expect(fold1.updated.isEmpty && fold1.opened.count == run1.conjunctions && run1.conjunctions > 20)
            #expect(try await repository.screeningRun(id: run1.id) == run1)

            let all1 = try await Self.allEvents(repository, scope: .all)
            #expect(all1.count == run1.conjunctions)
            // Against python-sgp4 (Tests/Fixtures/conjunctions/README.md): miss within 1 m, TCA within 10 ms.
            let hst = try #require(all1.first { Self.pair($0) == [20580, 63505] })
            #expect(abs(hst.latest.missDistanceKm - 3.1123528760) < 1e-3)
            #expect(abs(hst.latest.tcaSeconds - 296.1905388777) < 0.01)
            #expect(hst.partners == ["nasa"] && hst.primary.spacecraft == "hst" && hst.secondary.spacecraft == nil)
            let formation = try #require(all1.first { Self.pair($0) == [31698, 36605] })
            #expect(formation.latest.flags == ["comoving"])
            #expect(abs(formation.latest.missDistanceKm - 0.0629055234) < 1e-3)
            #expect(formation.partners == ["dlr"])

            // Run 2 folds into the events whose TCA is near its span (the job reads the past week).
            let second = ScreeningRunOptions(
                start: start.adding(seconds: 3 * 3600), spanSeconds: 6 * 3600, thresholdKm: 5)
            let previous = try await repository.conjunctionEvents(
                tcaFrom: second.start.adding(seconds: -7 * 86_400), to: second.end.adding(seconds: 600))
            #expect(previous.count == all1.count && previous.allSatisfy { $0.history.count == 1 })
            let (run2, fold2) = try ConjunctionFixture.screen(
                second, id: "scr-0000000000000002", at: try Instant(iso8601: "2026-03-19T03:00:01Z"),
                spacecraft: demo.spacecraft, catalog: catalog, previous: previous)
            try await repository.startScreeningRun(
                ScreeningRunRecord(
                    id: run2.id, trigger: .schedule, requestedBy: nil, options: second, createdAt: run2.createdAt))
            try await repository.finishScreeningRun(run2, events: fold2.events)
            #expect(!fold2.updated.isEmpty && !fold2.opened.isEmpty)

            let all2 = try await Self.allEvents(repository, scope: .all)
            #expect(all2.count == all1.count + fold2.opened.count)
            for id in fold2.updated {
                let event = try #require(try await repository.conjunctionEvent(id: id, scope: .all))
                #expect(event.history.map(\.run) == [run1.id, run2.id] && event.observationCount == 2)
                #expect(event.firstRun == run1.id && event.lastRun == run2.id && event.updatedAt == run2.createdAt)
            }
            for id in fold2.opened {
                let event = try #require(try await repository.conjunctionEvent(id: id, scope: .all))
                #expect(event.history.map(\.run) == [run2.id])
            }
            // HST - STARLINK-30614 at 03:18Z is in both spans: one event, the same TCA and miss twice.
            let close = try #require(all2.first { Self.pair($0) == [20580, 58098] })
            let history = try #require(try await repository.conjunctionEvent(id: close.id, scope: .all)).history
            #expect(history.count == 2)
            #expect(abs(history[0].tca.seconds(since: history[1].tca)) < 1e-3)
            #expect(abs(history[1].missDistanceKm - 0.9491621885) < 1e-3)
            #expect(abs(history[1].tcaSeconds + 3 * 3600 - 11887.1483578347) < 0.01)
            // HST - STARLINK-33825 at 00:05Z is before run 2: one observation.
            #expect(try await repository.conjunctionEvent(id: hst.id, scope: .all)?.history.count == 1)
            // The formation is co-moving: the same event, its minimum over run 2's span added.
            #expect(try await repository.conjunctionEvent(id: formation.id, scope: .all)?.history.count == 2)

            // Scopes in SQL: DLR sees its formation, not NASA's Hubble.
            let dlr = try await Self.allEvents(repository, scope: .partner("dlr"))
            #expect(Set(dlr.map(\.id)) == Set(all2.filter { $0.partners.contains("dlr") }.map(\.id)))
            #expect(dlr.contains { $0.id == formation.id } && !dlr.contains { $0.id == hst.id })
            #expect(try await repository.conjunctionEvent(id: hst.id, scope: .partner("dlr")) == nil)
            #expect(try await repository.conjunctionEvent(id: hst.id, scope: .partner("nasa")) != nil)

            // Filters: since run 1, miss distance, maximum Pc.
            let since = try await repository.conjunctionEvents(
                scope: .all, filter: ConjunctionFilter(updatedAfter: run1.createdAt), page: PageRequest(limit: 500))
            #expect(Set(since.items.map(\.id)) == Set(fold2.opened + fold2.updated))
            let near = try await repository.conjunctionEvents(
                scope: .all, filter: ConjunctionFilter(maximumMissKm: 1), page: PageRequest(limit: 500))
            #expect(Set(near.items.map(\.id)) == Set(all2.filter { $0.latest.missDistanceKm <= 1 }.map(\.id)))
            #expect(near.items.contains { $0.id == close.id })
            let likely = try await repository.conjunctionEvents(
                scope: .all, filter: ConjunctionFilter(minimumPc: 1e-3), page: PageRequest(limit: 500))
            #expect(Set(likely.items.map(\.id)) == Set(all2.filter { $0.latest.maximumPc >= 1e-3 }.map(\.id)))
            #expect(likely.items.contains { $0.id == formation.id } && !likely.items.contains { $0.id == close.id })

            // One run at a time: a second `running` run is refused until the first is abandoned.
            let third = ScreeningRunRecord(
                id: "scr-0000000000000003", trigger: .request, requestedBy: "secretariat", options: first,
                createdAt: .now)
            try await repository.startScreeningRun(third)
            let busy = await #expect(throws: StorageError.self) {
                try await repository.startScreeningRun(
                    ScreeningRunRecord(
                        id: "scr-0000000000000004", trigger: .request, requestedBy: nil, options: first, createdAt: .now
                    ))
            }
            #expect(busy?.code == .conflict)
            #expect(try await repository.abandonScreeningRuns(at: .now, reason: "test") == 1)
            #expect(try await repository.screeningRun(id: third.id)?.status == .failed)
            try await repository.startScreeningRun(
                ScreeningRunRecord(
                    id: "scr-0000000000000004", trigger: .request, requestedBy: nil, options: first, createdAt: .now))
        }
    }

    /// Every event in `scope`, read three at a time (so the cursor is exercised).
    static func allEvents(_ repository: SQLRepository, scope: ConjunctionScope) async throws -> [ConjunctionEventRecord]
    {
        var events: [ConjunctionEventRecord] = []
        var page = PageRequest(limit: 3)
        while true {
            let result = try await repository.conjunctionEvents(scope: scope, filter: ConjunctionFilter(), page: page)
            events += result.items
            guard let next = result.nextCursor else { return events }
            page.after = next
        }
    }

    /// Whether `stored` is `catalog` by NORAD id: the same names and element set texts, and the
    /// epochs to the microsecond (stored timestamps keep six decimals).
    static func same(_ stored: [CatalogObject], _ catalog: [CatalogObject]) -> Bool {
        let sorted = catalog.sorted { $0.noradID < $1.noradID }
        return stored.count == sorted.count
            && zip(stored, sorted).allSatisfy { a, b in
                a.noradID == b.noradID && a.name == b.name && a.elements == b.elements
                    && abs(a.epoch.seconds(since: b.epoch)) < 1e-6
            }
    }

    /// The event's NORAD ids, sorted.
    static func pair(_ event: ConjunctionEventRecord) -> [Int] {
        [event.primary.noradID, event.secondary.noradID].sorted()
    }
}
