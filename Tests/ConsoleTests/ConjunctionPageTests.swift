import Consortium
import Foundation
import Hummingbird
import Orbits
import SpaceSafety
import Storage
import Testing

@testable import Console

/// The conjunctions page over two real screenings of the demo fleet against itself (its own
/// elements of 2026-03-19 as the catalog): TerraSAR-X and TanDEM-X (DLR) fly in formation a few
/// hundred metres apart, so the screenings find them; each partner sees the events of its own
/// spacecraft only, with their history and CDM.
@Suite("Console conjunctions")
struct ConjunctionPageTests {
    /// The demo fleet's elements as a catalog.
    static func catalog(_ server: ConsoleTestServer) throws -> [CatalogObject] {
        try server.snapshot.spacecraft.compactMap(\.orbit).map { try CatalogObject(elements: $0) }
    }

    /// Screens the demo fleet twice (a day from 00:00 and from 01:00 UTC) and stores both runs.
    static func screenTwice(_ server: ConsoleTestServer) async throws -> [ConjunctionEventRecord] {
        let catalog = try catalog(server)
        let start = try Instant(iso8601: "2026-03-19T00:00:00Z")
        var previous: [ConjunctionEventRecord] = []
        for (index, offset) in [0.0, 3600].enumerated() {
            let options = ScreeningRunOptions(start: start.adding(seconds: offset), spanSeconds: 86_400)
            var run = ScreeningRunRecord(
                id: "scr-test-\(index)", trigger: .request, requestedBy: "secretariat", options: options,
                createdAt: start.adding(seconds: offset))
            try await server.repository.startScreeningRun(run)
            let screening = FleetScreening(spacecraft: server.snapshot.spacecraft, catalog: catalog, options: options)
            let plan = try screening.plan()
            let report = try screening.screen(plan)
            let fold = EventFold(previous: previous).fold(report, plan: plan, run: run)
            run.status = .succeeded
            run.finishedAt = run.createdAt.adding(seconds: 1)
            try await server.repository.finishScreeningRun(run, events: fold.events)
            previous = try await server.repository.conjunctionEvents(
                tcaFrom: start.adding(days: -1), to: start.adding(days: 3))
        }
        return previous
    }

    @Test("Each partner lists only its spacecraft's events; history, plots and CDM of its own; 404 for others'")
    func scopedEvents() async throws {
        try await ConsoleTestServer.run { client, server in
            let events = try await Self.screenTwice(server)
            #expect(events.contains { Set([$0.primary.noradID, $0.secondary.noradID]) == [31698, 36605] })
            let admin = try await client.signIn("secretariat", language: "en")
            let all = try await client.page("/console/conjunctions", session: admin)
            #expect(all.status == .ok)
            for event in events { #expect(all.body.contains("?event=\(Self.encoded(event.id))")) }

            let byPartner = Dictionary(grouping: events.flatMap { event in event.partners.map { ($0, event) } }) {
                $0.0
            }
            let (partner, own) = try #require(byPartner.first(where: { $0.key == "dlr" }))
            let user = "dlr-admin"
            let viewer = try await client.signIn(user, language: "en")
            let page = try await client.page("/console/conjunctions", session: viewer)
            let ownIDs = Set(own.map(\.1.id))
            for event in events {
                #expect(
                    page.body.contains("?event=\(Self.encoded(event.id))") == ownIDs.contains(event.id),
                    "\(user) and \(event.id)")
            }
            let repeated = try #require(own.map(\.1).first { $0.observationCount > 1 } ?? own.first?.1)
            let detail = try await client.page(
                "/console/conjunctions?event=\(Self.encoded(repeated.id))", session: viewer)
            #expect(detail.body.contains("id=\"event\""))
            if repeated.observationCount > 1 {
                #expect(
                    detail.body.contains("<title id=\"miss-title\">Miss distance over successive screenings</title>"))
            }
            let cdm = try await client.page("/console/conjunctions/\(Self.encoded(repeated.id))/cdm", session: viewer)
            #expect(cdm.status == .ok && cdm.body.contains("CCSDS_CDM_VERS"))
            #expect(cdm.body.contains("MESSAGE_FOR") && cdm.body.contains(partner.rawValue.uppercased()))
            // A partner none of whose spacecraft is involved sees nothing of DLR's event.
            let other = try await client.signIn("nasa-viewer", language: "en")
            let none = try await client.page("/console/conjunctions", session: other)
            for (_, event) in own where !event.partners.contains("nasa") {
                #expect(!none.body.contains(Self.encoded(event.id)))
                let refused = try await client.page(
                    "/console/conjunctions/\(Self.encoded(event.id))/cdm", session: other)
                #expect(refused.status == .notFound)
                let hidden = try await client.page(
                    "/console/conjunctions?event=\(Self.encoded(event.id))", session: other)
                #expect(!hidden.body.contains("id=\"event\""))
            }
        }
    }

    @Test("The Overview lists the nearest open events of the viewer's spacecraft only")
    func overviewOpenEvents() async throws {
        // The formation's events have their TCA early on the screened day: the server's clock is
        // set before them, so that they are open.
        let clock = TestClock(try Instant(iso8601: "2026-03-18T23:00:00Z"))
        try await ConsoleTestServer.run(clock: clock.serverClock) { client, server in
            let events = try await Self.screenTwice(server)
            let open = events.filter { !($0.latest.tca < clock.now) }.sorted { $0.latest.tca < $1.latest.tca }
            let dlrOpen = open.filter { $0.partners.contains("dlr") }
            try #require(!dlrOpen.isEmpty, "the formation's events after 06:00 UTC")
            let shown = Set(dlrOpen.prefix(OverviewPage.activityCount).map(\.id))
            let dlr = try await client.signIn("dlr-admin", language: "en")
            let overview = try await client.page("/console/overview", session: dlr).body
            let section = try #require(PrivacyTests.section("overview-events", in: overview))
            for event in events {
                #expect(
                    section.contains("?event=\(Self.encoded(event.id))") == shown.contains(event.id),
                    "DLR's overview and \(event.id) (TCA \(event.latest.tca))")
            }
            #expect(section.lowercased().contains("terrasar-x") || section.lowercased().contains("tandem-x"))
            let nasa = try await client.signIn("nasa-viewer", language: "en")
            let other = try await client.page("/console/overview", session: nasa).body
            let none = try #require(PrivacyTests.section("overview-events", in: other))
            for event in events where !event.partners.contains("nasa") {
                #expect(!other.contains(event.id), "NASA's overview shows \(event.id)")
            }
            if !open.contains(where: { $0.partners.contains("nasa") }) {
                #expect(none.contains("No upcoming close approach involves your spacecraft."))
            }
        }
    }

    static func encoded(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: ConjunctionsPage.idCharacters) ?? id
    }
}
