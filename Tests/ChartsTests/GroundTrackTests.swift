import Orbits
import Testing

@testable import Charts

@Suite struct GroundTrackTests {
    /// ISS (ZARYA) from CelesTrak's active set of 2026-03-19 (shared/data/catalog/active_tle_2026-03-19.txt.gz).
    static let line1 = "1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991"
    static let line2 = "2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798"

    /// Reference sub-satellite points from skyfield 1.55 (python, `EarthSatellite(line1, line2)`,
    /// `wgs84.latlon_of(sat.at(ts.utc(2026, 3, 19, h, m)))`, builtin timescale: UT1 − UTC = 0.052 s,
    /// no polar motion): geodetic latitude and longitude, degrees.
    static let reference: [(hour: Int, minute: Int, latitude: Double, longitude: Double)] = [
        (3, 0, -19.869893, 147.506579),
        (3, 47, 18.262166, -42.964287),
        (5, 30, -12.240654, -44.248893),
    ]

    @Test func matchesSkyfieldAtThreeInstants() throws {
        let propagator = SGP4Propagator(try MeanElements(tleLine1: Self.line1, line2: Self.line2))
        let start = try Instant(year: 2026, month: 3, day: 19, hour: 3)
        // Three hours at a one-minute step: samples 0, 47 and 150 are the reference instants.
        let track = try GroundTrack(propagator: propagator, from: start, durationMinutes: 180, stepSeconds: 60)
        #expect(track.points.count == 181)
        for reference in Self.reference {
            let minutes = (reference.hour - 3) * 60 + reference.minute
            let point = track.points[minutes]
            #expect(abs(point.latitude - reference.latitude) < 0.01)
            #expect(abs(point.longitude - reference.longitude) < 0.01)
            #expect(abs(track.instants[minutes].minutes(since: start) - Double(minutes)) < 1e-6)
        }
    }

    @Test func segmentsNeverCrossTheAntimeridian() throws {
        let propagator = SGP4Propagator(try MeanElements(tleLine1: Self.line1, line2: Self.line2))
        let start = try Instant(year: 2026, month: 3, day: 19, hour: 3)
        // Three orbits (~277 min): the ISS crosses ±180° at least twice.
        let track = try GroundTrack(propagator: propagator, from: start, durationMinutes: 277)
        let segments = track.segments
        #expect(segments.count >= 3)
        for segment in segments {
            for (a, b) in zip(segment, segment.dropFirst()) { #expect(abs(b.longitude - a.longitude) < 10) }
        }
        // Inner segment ends sit on the map edges.
        for segment in segments.dropFirst() { #expect(abs(segment.first!.longitude) == 180) }
        // The track stays within the inclination (geodetic latitude ≤ 51.6° + ~0.2°).
        #expect(track.points.allSatisfy { abs($0.latitude) < 52 })
    }
}
