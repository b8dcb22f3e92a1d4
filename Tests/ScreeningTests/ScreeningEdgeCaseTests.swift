import Foundation
import Orbits
import Testing

@testable import Screening

/// Synthetic cases with answers from `BruteForce` (direct SGP4 every 0.25 s) or from the
/// reference fixture.
@Suite("Screening edge cases")
struct ScreeningEdgeCaseTests {
    static let epoch = try! Instant(iso8601: "2023-09-04T00:00:00Z")

    /// A circular 51.6° orbit at ~420 km.
    static func orbit(_ id: Int, inclination: Double = 51.6, node: Double = 0, anomaly: Double = 0) -> MeanElements {
        MeanElements(
            name: "SYN \(id)", catalogNumber: id, epoch: epoch, inclination: inclination, rightAscension: node,
            eccentricity: 0.0005, argumentOfPerigee: 0, meanAnomaly: anomaly, meanMotion: 15.5)
    }

    static func screen(
        _ catalog: [MeanElements], start: Instant = epoch, span: Double, km: Double, primaries: Set<Int>? = nil
    ) throws -> ScreeningReport {
        try Screener(
            catalog: catalog,
            options: ScreeningOptions(
                start: start, spanSeconds: span, threshold: .distance(km: km), primaries: primaries)
        ).run()
    }

    /// The same plane flown the other way round (i' = 180° − i, Ω' = Ω + 180°), nudged by
    /// 0.01° in node: a head-on crossing at ~15 km/s found once per crossing, at the
    /// brute-force TCA and distance.
    @Test func headOnPair() throws {
        let a = Self.orbit(90001)
        let b = Self.orbit(90002, inclination: 128.4, node: 180.01)
        let truth = try BruteForce.minimum(a, b, start: Self.epoch, span: 2000)
        let report = try Self.screen([a, b], span: 2000, km: 5)
        let c = try #require(report.conjunctions.first)
        #expect(report.conjunctions.count == 1)
        #expect(c.relativeSpeed > 14)
        #expect(abs(c.tcaSeconds - truth.seconds) < 0.010)
        #expect(abs(c.missDistance - truth.distance) < 0.001)
        #expect(c.flags.isEmpty)
    }

    /// A threshold equal to the miss distance within 1 µm: reported just above, not just below.
    @Test func exactlyAtThreshold() throws {
        let a = Self.orbit(90001)
        let b = Self.orbit(90002, inclination: 128.4, node: 180.01)
        let miss = try #require(try Self.screen([a, b], span: 2000, km: 5).conjunctions.first).missDistance
        #expect(try Self.screen([a, b], span: 2000, km: miss + 1e-9).conjunctions.count == 1)
        #expect(try Self.screen([a, b], span: 2000, km: miss - 1e-9).conjunctions.isEmpty)
    }

    /// A span that ends 5 s before the head-on TCA, and one that starts 5 s after it: the
    /// closest point of the span is its end (start), flagged, at the distance there.
    @Test func tcaOutsideTheSpanGivesABoundaryMinimum() throws {
        let a = Self.orbit(90001)
        let b = Self.orbit(90002, inclination: 128.4, node: 180.01)
        let tca = try BruteForce.minimum(a, b, start: Self.epoch, span: 2000).seconds
        // Relative speed ~15 km/s: 5 s away is ~75 km, so use a 100 km threshold.
        let before = try Self.screen([a, b], span: tca - 5, km: 100)
        let end = try #require(before.conjunctions.first)
        #expect(end.flags == .spanEnd)
        #expect(end.tcaSeconds == tca - 5)
        let after = try Self.screen([a, b], start: Self.epoch.adding(seconds: tca + 5), span: 600, km: 100)
        let start = try #require(after.conjunctions.first)
        #expect(start.flags == .spanStart)
        #expect(start.tcaSeconds == 0)
        #expect(abs(end.missDistance - start.missDistance) < 2)  // symmetric about TCA within curvature
    }

    /// Two objects on the same orbit 0.01° apart in mean anomaly (~1.2 km, relative speed
    /// ~0): one co-moving conjunction at the brute-force minimum over the span.
    @Test func coMovingPair() throws {
        let a = Self.orbit(90001)
        let b = Self.orbit(90002, anomaly: 0.01)
        let truth = try BruteForce.minimum(a, b, start: Self.epoch, span: 3 * 3600)
        let report = try Self.screen([a, b], span: 3 * 3600, km: 5)
        let c = try #require(report.conjunctions.first)
        #expect(report.conjunctions.count == 1)
        #expect(c.flags.contains(.comoving))
        #expect(c.relativeSpeed < 0.01)
        #expect(abs(c.missDistance - truth.distance) < 0.001)
    }

    /// An element set SGP4 rejects (eccentricity 1.2) is reported as a failure with code 1,
    /// and the rest of the catalog is still screened.
    @Test func sgp4FailureIsReported() throws {
        var bad = Self.orbit(90003)
        bad.eccentricity = 1.2
        let a = Self.orbit(90001)
        let b = Self.orbit(90002, inclination: 128.4, node: 180.01)
        let report = try Self.screen([a, bad, b], span: 2000, km: 5)
        #expect(report.failures.map(\.object.catalogNumber) == [90003])
        #expect(report.failures.first?.error.code == .meanEccentricityOutOfRange)
        #expect(report.conjunctions.count == 1)
    }

    /// Primaries mode reports only pairs with a primary, primary first.
    @Test func primariesAgainstTheCatalog() throws {
        let reference = ScreeningFixture.report.conjunctions.filter {
            $0.primary.catalogNumber == 25544 || $0.secondary.catalogNumber == 25544
        }
        let report = try Self.screen(
            try ScreeningFixture.catalog(), start: ScreeningFixture.start, span: 86_400, km: 10, primaries: [25544])
        #expect(report.conjunctions.count == reference.count)
        #expect(report.conjunctions.allSatisfy { $0.primary.catalogNumber == 25544 })
    }

    /// Invalid options are refused with the field named.
    @Test func invalidOptions() {
        #expect(throws: ScreeningError(code: .invalidThreshold, field: "threshold", value: "-1.0")) {
            try Self.screen([Self.orbit(1)], span: 60, km: -1)
        }
        #expect(throws: ScreeningError(code: .unknownPrimary, field: "primaries", value: "7")) {
            try Self.screen([Self.orbit(1)], span: 60, km: 1, primaries: [7])
        }
    }
}
