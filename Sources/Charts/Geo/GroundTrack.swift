import Orbits

/// The ground track of one spacecraft over a time span: its sub-satellite points (geodetic
/// latitude and longitude on WGS-84, degrees) at a fixed step, split where it crosses the
/// antimeridian so each segment draws as one polyline.
///
/// Computed from Orbits: SGP4 TEME states, rotated to ITRF with
/// ``EarthRotation/itrf(fromTEMEPosition:velocity:)`` (GMST IAU-82, UT1 − UTC given in
/// seconds, no polar motion), then the exact geodetic conversion.
public struct GroundTrack: Sendable, Hashable {
    /// Sample instants, UTC.
    public var instants: [Instant]
    /// Sub-satellite points, degrees, longitude in −180 ..< 180.
    public var points: [GeoPoint]

    /// Creates a track from sample instants and points of the same count.
    public init(instants: [Instant], points: [GeoPoint]) {
        let count = min(instants.count, points.count)
        self.instants = Array(instants.prefix(count))
        self.points = Array(points.prefix(count))
    }

    /// Propagates `propagator` from `start` for `durationMinutes` at `stepSeconds` (default
    /// 30 s: about 2° of track between samples) and converts each state to its sub-satellite
    /// point. Stops early at the first propagation error past the first sample (e.g. decay);
    /// throws it when even the first sample fails.
    public init(
        propagator: SGP4Propagator, from start: Instant, durationMinutes: Double, stepSeconds: Double = 30,
        ut1MinusUTC: Double = 0
    ) throws(SGP4Error) {
        let step = stepSeconds > 0 ? stepSeconds : 30
        let count = max(1, Int((durationMinutes * 60 / step).rounded(.down)) + 1)
        var instants: [Instant] = []
        var points: [GeoPoint] = []
        instants.reserveCapacity(count)
        points.reserveCapacity(count)
        for i in 0..<count {
            let instant = start.adding(seconds: Double(i) * step)
            let state: StateVector
            do {
                state = try propagator.state(at: instant)
            } catch {
                if i == 0 { throw error }
                break
            }
            let rotation = EarthRotation(at: instant, ut1MinusUTC: ut1MinusUTC)
            let fixed = rotation.itrf(fromTEMEPosition: state.position, velocity: state.velocity)
            let geodetic = GeodeticPosition(ecef: fixed.position)
            instants.append(instant)
            points.append(
                GeoPoint(
                    latitude: geodetic.latitudeDegrees,
                    longitude: GeoPoint.normalize(longitude: geodetic.longitudeDegrees)))
        }
        self.init(instants: instants, points: points)
    }

    /// The track as polylines that never cross the antimeridian: wherever consecutive points
    /// jump by more than 180° of longitude the line is ended at ±180° (latitude interpolated
    /// across the crossing) and continued from the opposite edge.
    public var segments: [[GeoPoint]] {
        Antimeridian.split(points)
    }
}
