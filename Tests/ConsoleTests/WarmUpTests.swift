import Consortium
import Foundation
import Testing

@testable import Console

/// `Console.warmUp(as:)`, which `concord serve` runs after publishing the demo week: the pages a
/// new user opens first are drawn into the caches for that user's scope only.
@Suite("Console warm-up")
struct WarmUpTests {
    @Test("After the warm-up the administrator's first schedule view is a cache hit; a partner's is not")
    func warmsTheAdministratorsViews() async throws {
        try await ConsoleTestServer.run { client, server in
            _ = try await ScheduleCacheTests.publishSchedule(client)
            let console = server.console
            #expect(await console.timelineCache.counts == CacheCounts(misses: 0, hits: 0))
            // Overview, today's schedule, the week from Monday and the week from today.
            #expect(await console.warmUp(as: "secretariat") == 4)
            let warmed = await console.timelineCache.counts
            #expect(warmed.misses == 3 && warmed.hits == 0)
            let passesWarmed = await console.passCache.counts
            #expect(passesWarmed.misses > 0)

            let administrator = try await client.signIn("secretariat", language: "en")
            let today = try await client.page("/console/schedule", session: administrator, language: "en")
            #expect(today.status == .ok)
            #expect(await console.timelineCache.counts == CacheCounts(misses: 3, hits: 1))
            #expect(await console.passCache.counts.misses == passesWarmed.misses)

            // Another partner's viewer sees another scope: drawn afresh, not from the warm-up.
            let viewer = try await client.signIn("nasa-viewer", language: "en")
            _ = try await client.page("/console/schedule", session: viewer, language: "en")
            #expect(await console.timelineCache.counts == CacheCounts(misses: 4, hits: 1))
        }
    }

    @Test("An unknown user warms nothing")
    func unknownUser() async throws {
        try await ConsoleTestServer.run { _, server in
            #expect(await server.console.warmUp(as: "nobody") == 0)
            #expect(await server.console.timelineCache.counts == CacheCounts(misses: 0, hits: 0))
        }
    }
}
