import Consortium
import Foundation
import Orbits
import Scheduling
import Testing

@testable import Console

/// The schedule page's pass cache: a week joined from cached days equals one prediction over
/// the week, a second request is a hit, new elements or another set of stations (another
/// viewer's scope) is a different entry, and the oldest day goes first when it is full.
@Suite("Console pass cache")
struct PassCacheTests {
    static let snapshot = try! RegistrySnapshot(
        folder: ConsoleTestServer.root.appendingPathComponent("Demo/consortium"))
    static let day = try! Day("2026-03-19")

    static func spacecraft(_ id: String) throws -> Spacecraft {
        try #require(snapshot.spacecraft.first { $0.id.rawValue == id })
    }

    @Test("Three days joined from the cache are the passes predicted over the three days at once")
    func daysJoinIntoTheSpan() async throws {
        let craft = try Self.spacecraft("sentinel-2c")
        let stations = Self.snapshot.stations
        let span = TimeSpan(start: Self.day.start, end: Self.day.adding(days: 3).start)
        let cache = PassCache()
        let joined = await cache.passes(of: craft, over: stations, in: span)
        // The reference: the same predictor over the whole span, no day boundaries.
        let direct = OrbitSamples.passes(of: craft, over: stations, from: span.start, to: span.end)
        #expect(await cache.counts == CacheCounts(misses: 3, hits: 0))
        #expect(joined.count == direct.count && joined.count > 30)
        for (a, b) in zip(joined, direct) {
            #expect(a.station.id == b.station.id)
            // AOS and LOS are refined to 0.1 ms, the culmination to 1 ms (PassPredictor).
            #expect(abs(a.pass.aos.seconds(since: b.pass.aos)) < 1e-3)
            #expect(abs(a.pass.los.seconds(since: b.pass.los)) < 1e-3)
            #expect(abs(a.pass.maximumElevation - b.pass.maximumElevation) < 1e-3)
        }
        // At least one pass crosses a midnight, so the merge of its two halves was exercised.
        let midnights = [Self.day.adding(days: 1).start, Self.day.adding(days: 2).start]
        let crossing = joined.filter { item in midnights.contains { item.pass.aos < $0 && $0 < item.pass.los } }
        #expect(!crossing.isEmpty, "no pass over midnight: pick another spacecraft")
    }

    @Test("The same day is computed once; new elements make a new entry")
    func hitsAndNewElements() async throws {
        var craft = try Self.spacecraft("iss")
        let stations = Self.snapshot.stations
        let span = TimeSpan(start: Self.day.start, end: Self.day.adding(days: 1).start)
        let cache = PassCache()
        let first = await cache.passes(of: craft, over: stations, in: span)
        let second = await cache.passes(of: craft, over: stations, in: span)
        #expect(await cache.counts == CacheCounts(misses: 1, hits: 1))
        #expect(first.map { $0.pass } == second.map { $0.pass } && !first.isEmpty)
        // New elements (here the orbit of the Hubble telescope under the ISS's id): a miss, and
        // the passes of the new orbit, not the cached ones.
        craft.orbit = try Self.spacecraft("hst").orbit
        let updated = await cache.passes(of: craft, over: stations, in: span)
        #expect(await cache.counts == CacheCounts(misses: 2, hits: 1))
        let expected = OrbitSamples.passes(of: craft, over: stations, from: span.start, to: span.end)
        #expect(updated.map { $0.pass } == expected.map { $0.pass })
        #expect(updated.map { $0.pass } != first.map { $0.pass })
    }

    @Test("Viewers who see different stations never share an entry")
    func stationsSeparateViewers() async throws {
        let craft = try Self.spacecraft("sentinel-2c")
        let all = Self.snapshot.stations
        let esaOnly = all.filter { $0.owner.rawValue == "esa" }
        #expect(!esaOnly.isEmpty && esaOnly.count < all.count)
        let span = TimeSpan(start: Self.day.start, end: Self.day.adding(days: 1).start)
        let cache = PassCache()
        let everyone = await cache.passes(of: craft, over: all, in: span)
        let esa = await cache.passes(of: craft, over: esaOnly, in: span)
        #expect(await cache.counts == CacheCounts(misses: 2, hits: 0))
        let esaIDs = Set(esaOnly.map(\.id))
        #expect(esa.allSatisfy { esaIDs.contains($0.station.id) })
        #expect(everyone.contains { !esaIDs.contains($0.station.id) })
        #expect(esa.count == everyone.filter { esaIDs.contains($0.station.id) }.count)
    }

    @Test("A full cache lets the oldest day go")
    func capacity() async throws {
        let craft = try Self.spacecraft("iss")
        let stations = Array(Self.snapshot.stations.prefix(3))
        let cache = PassCache(capacity: 2)
        func day(_ offset: Int) -> TimeSpan {
            TimeSpan(start: Self.day.adding(days: offset).start, end: Self.day.adding(days: offset + 1).start)
        }
        for offset in 0..<3 { _ = await cache.passes(of: craft, over: stations, in: day(offset)) }
        _ = await cache.passes(of: craft, over: stations, in: day(2))
        #expect(await cache.counts == CacheCounts(misses: 3, hits: 1))
        _ = await cache.passes(of: craft, over: stations, in: day(0))
        #expect(await cache.counts.misses == 4, "day 0 was the oldest and should have been dropped")
    }
}
