import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import Console

/// The schedule page's caches seen through the page: a repeated request is answered from
/// them, a newly published schedule is shown at once, and what was drawn for one viewer's
/// scope (the administrators' full view) is never served to another (a partner's view).
@Suite("Console schedule caches")
struct ScheduleCacheTests {
    static let path = "/console/schedule?day=2026-03-19&span=day"

    /// Runs and publishes, as the administrator, a schedule of the ground-network pool for the
    /// first three hours of the test day; returns the spacecraft of its contacts by partner.
    static func publishSchedule(_ client: ConsoleClient) async throws -> [String: Set<String>] {
        let contacts = try await client.publishDemoSchedule()
        return Dictionary(grouping: contacts) { $0["partner"] as? String ?? "" }
            .mapValues { Set($0.compactMap { $0["spacecraft"] as? String }) }
    }

    /// The timeline SVG of a schedule page.
    static func chart(in html: String) -> String? {
        guard let start = html.range(of: "<figure class=\"chart\">"),
            let end = html.range(of: "</figure>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test("A repeated page is drawn once; a newly published schedule replaces the predicted passes")
    func hitThenNewSchedule() async throws {
        try await ConsoleTestServer.run { client, server in
            let cache = server.console.timelineCache
            let viewer = try await client.signIn("nasa-viewer", language: "en")
            let firstReply = try await client.page(Self.path, session: viewer, language: "en")
            let first = firstReply.body
            let predicted = try #require(Self.chart(in: first))
            // Where the time went, in Server-Timing after the total.
            let timing = try #require(firstReply.headers[HTTPField.Name("Server-Timing")!])
            #expect(timing.hasPrefix("render;dur="))
            for span in ["session", "page", "records", "schedules", "passes", "timeline", "tables", "template"] {
                #expect(timing.contains(", \(span);dur="), "\(span) missing in \(timing)")
            }
            #expect(predicted.contains("Predicted passes of"))
            #expect(await cache.counts == CacheCounts(misses: 1, hits: 0))
            let again = try await client.page(Self.path, session: viewer, language: "en").body
            #expect(Self.chart(in: again) == predicted)
            #expect(await cache.counts == CacheCounts(misses: 1, hits: 1))
            // The pass list was predicted once too (one spacecraft, one day).
            #expect(await server.console.passCache.counts == CacheCounts(misses: 1, hits: 1))

            _ = try await Self.publishSchedule(client)
            let published = try await client.page(Self.path, session: viewer, language: "en").body
            let chart = try #require(Self.chart(in: published))
            #expect(await cache.counts.misses == 2)
            #expect(!chart.contains("Predicted passes of") && chart.contains("Other partners (occupied)"))
            #expect(published.contains("<td>occupied</td>"))
        }
    }

    @Test("The administrators' chart is never served to a partner's viewer, nor the other way round")
    func scopesAreSeparate() async throws {
        try await ConsoleTestServer.run { client, server in
            let craft = try await Self.publishSchedule(client)
            let nasaCraft = craft["nasa"] ?? []
            let otherCraft = craft.filter { $0.key != "nasa" }.values.reduce(Set<String>()) { $0.union($1) }
                .subtracting(nasaCraft)
            #expect(!nasaCraft.isEmpty && !otherCraft.isEmpty, "\(craft.keys)")

            // The administrator first: the full view is drawn and cached.
            let admin = try await client.signIn("secretariat", language: "en")
            let adminChart = try #require(Self.chart(in: try await client.page(Self.path, session: admin).body))
            for name in otherCraft { #expect(adminChart.contains("<title>\(name), "), "admin should see \(name)") }

            // Then a NASA viewer: a new chart, with NASA's own contacts and occupancy only.
            let viewer = try await client.signIn("nasa-viewer", language: "en")
            let nasaChart = try #require(Self.chart(in: try await client.page(Self.path, session: viewer).body))
            #expect(await server.console.timelineCache.counts == CacheCounts(misses: 2, hits: 0))
            for name in otherCraft { #expect(!nasaChart.contains("<title>\(name), "), "nasa-viewer sees \(name)") }
            for name in nasaCraft { #expect(nasaChart.contains("<title>\(name), ")) }
            #expect(nasaChart.contains("<title>occupied, "))

            // Another user of the same partner shares NASA's chart; the administrator keeps theirs.
            let operatorSession = try await client.signIn("nasa-operator", language: "en")
            let operatorChart = Self.chart(in: try await client.page(Self.path, session: operatorSession).body)
            #expect(operatorChart == nasaChart)
            let adminAgain = Self.chart(in: try await client.page(Self.path, session: admin).body)
            #expect(adminAgain == adminChart)
            #expect(await server.console.timelineCache.counts == CacheCounts(misses: 2, hits: 2))
        }
    }
}
