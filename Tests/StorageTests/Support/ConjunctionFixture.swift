import Consortium
import Foundation
import Orbits
import Screening
import SpaceSafety

@testable import Storage

/// The demo consortium's fleet and a real catalog subset of the same day, screened as the
/// platform does (`FleetScreening`, `EventFold`), for the conjunction store's tests.
///
/// Catalog: `Tests/Fixtures/conjunctions/catalog_2026-03-19_subset.3le`, objects of the CelesTrak
/// active set of 2026-03-19 (`../shared/data/catalog/active_tle_2026-03-19.txt.gz`, US Space
/// Force data) that pass near the demo fleet on 2026-03-19 (see its README).
enum ConjunctionFixture {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The demo consortium.
    static func demo() throws -> RegistrySnapshot {
        try RegistrySnapshot(folder: root.appendingPathComponent("Demo/consortium"))
    }

    /// The catalog subset.
    static func catalog() throws -> [CatalogObject] {
        let url = root.appendingPathComponent("Tests/Fixtures/conjunctions/catalog_2026-03-19_subset.3le")
        return try objects(in: try String(contentsOf: url, encoding: .utf8))
    }

    /// The objects of a 3LE text (name line, line 1, line 2).
    static func objects(in text: String) throws -> [CatalogObject] {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix("#") }
        return try stride(from: 0, to: lines.count - 2, by: 3).map { index in
            try CatalogObject(
                elements: Spacecraft.Orbit(format: .tle, text: lines[index..<index + 3].joined(separator: "\n")))
        }
    }

    /// The start of the fixture's screenings.
    static let start = try! Instant(iso8601: "2026-03-19T00:00:00Z")

    /// A run of `options` over the demo fleet and `catalog`, folded into `previous`: the run
    /// finished (not yet stored) and the events to store with it.
    static func screen(
        _ options: ScreeningRunOptions, id: String, at time: Instant, spacecraft: [Spacecraft],
        catalog: [CatalogObject], previous: [ConjunctionEventRecord]
    ) throws -> (ScreeningRunRecord, EventFold.Result) {
        var run = ScreeningRunRecord(id: id, trigger: .request, requestedBy: "secretariat", options: options, createdAt: time)
        let screening = FleetScreening(spacecraft: spacecraft, catalog: catalog, options: options)
        let plan = try screening.plan()
        let report = try screening.screen(plan)
        let fold = EventFold(previous: previous).fold(report, plan: plan, run: run)
        run.status = .succeeded
        run.finishedAt = time.adding(seconds: 1)
        run.objects = plan.elements.count
        run.primaries = plan.primaries.count
        run.conjunctions = report.conjunctions.count
        run.opened = fold.opened.count
        run.updated = fold.updated.count
        return (run, fold)
    }
}
