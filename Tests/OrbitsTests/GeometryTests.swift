import Foundation
import Testing

@testable import Orbits

/// WGS-84 geodetic conversions, look angles, the elevation fast path and sub-satellite points,
/// against skyfield 1.55 and a 60-step fixed-point inverse (Benchmarks/reference/frames_reference.py).
@Suite struct GeometryTests {
    private static let degree = Double.pi / 180

    /// Geodetic → ECEF against skyfield `wgs84.latlon(...).itrs_xyz` (same ellipsoid, closed
    /// form) from −6 km to lunar distance, poles and equator: 1e-8 km.
    @Test func geodeticToECEFMatchesSkyfield() {
        for row in FramesReference.geodetic {
            let position = GeodeticPosition(latitudeDegrees: row[0], longitudeDegrees: row[1], height: row[2])
            #expect(norm(position.ecef - vector(row, 3)) <= 1e-8, "\(row[0]) \(row[1]) \(row[2])")
        }
        for row in FramesReference.stations {
            let position = GeodeticPosition(latitudeDegrees: row[0], longitudeDegrees: row[1], height: row[2])
            #expect(norm(position.ecef - vector(row, 3)) <= 1e-9)
        }
    }

    /// ECEF → geodetic (Vermeille closed form) against the fixed-point reference and against
    /// the original latitude/longitude/height: latitude 1e-13 rad (6e-10 km), height 1e-10 km
    /// (measured 2.5e-16 rad and 1.7e-12 km, well under the 1 mm goal); longitude except at the poles.
    @Test func ecefToGeodeticMatchesReference() {
        for row in FramesReference.geodetic {
            let position = GeodeticPosition(ecef: vector(row, 3))
            let label: Comment = "\(row[0]) \(row[1]) \(row[2])"
            #expect(abs(position.latitudeDegrees - row[6]) * Self.degree <= 1e-13, label)
            #expect(abs(position.height - row[8]) <= 1e-10, label)
            #expect(abs(position.latitudeDegrees - row[0]) * Self.degree <= 1e-13, label)
            #expect(abs(position.height - row[2]) <= 1e-10, label)
            if abs(row[0]) < 90 {
                #expect(abs(angleDifference(position.longitude, row[7] * Self.degree)) <= 1e-13, label)
                #expect(abs(angleDifference(position.longitude, row[1] * Self.degree)) <= 1e-13, label)
            }
        }
    }

    /// Round trip ECEF → geodetic → ECEF on a grid, including points deep inside the Earth and
    /// inside the evolute (within 43 km of the centre, both branches): 1e-9 km.
    @Test func geodeticRoundTrip() {
        var points: [SIMD3<Double>] = [
            SIMD3(0, 0, 6356.752314245179), SIMD3(0, 0, -7000), SIMD3(6378.137, 0, 0), SIMD3(0, -6378.137, 0),
            SIMD3(20, 0, 0), SIMD3(20, 5, 0.001), SIMD3(3, 4, 30), SIMD3(1e-3, 0, -1), SIMD3(42_164, 1, 0),
            SIMD3(1e-9, 0, 6000),
        ]
        for i in 0..<200 {
            let t = Double(i)
            let radius = [6300.0, 6378.0, 6800.0, 26_560.0, 384_400.0][i % 5]
            let lat = (t * 0.731).truncatingRemainder(dividingBy: Double.pi) - Double.pi / 2
            let lon = (t * 1.377).truncatingRemainder(dividingBy: 2 * Double.pi) - Double.pi
            points.append(radius * SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat)))
        }
        for point in points {
            let geodetic = GeodeticPosition(ecef: point)
            #expect(norm(geodetic.ecef - point) <= 1e-9, "\(point)")
            #expect(abs(geodetic.latitude) <= Double.pi / 2)
        }
        // The pole and the centre: exact answers.
        let pole = GeodeticPosition(ecef: SIMD3(0, 0, -WGS84.polarRadius - 1))
        #expect(pole.latitude == -Double.pi / 2)
        #expect(abs(pole.height - 1) <= 1e-12)
        let centre = GeodeticPosition(ecef: .zero)
        #expect(abs(centre.height + WGS84.polarRadius) <= 1e-12)
    }

    /// Look angles of ISS, NOAA 19 and GOES 16 from five NDOSL stations (incl. real passes at
    /// 10°–65° elevation) against skyfield `(sat - topos).at(t).altaz()` and
    /// `frame_latlon_and_rates(topos)` (same WGS-84 normal, same GMST82 rotation). Measured:
    /// azimuth ≤ 1.9e-11°, elevation ≤ 5.3e-12°, range ≤ 1.7e-10 km, range rate ≤ 8.1e-9 km/s
    /// (skyfield's Earth rate is 1.5e-12 rad/s lower); tolerances 1e-9°, 1e-9°, 1e-9 km, 2e-8 km/s.
    @Test func lookAnglesMatchSkyfield() {
        let frames = FramesReference.stations.map {
            TopocentricFrame(latitudeDegrees: $0[0], longitudeDegrees: $0[1], height: $0[2])
        }
        var above = 0
        for row in FramesReference.lookAngles {
            let state = FramesReference.temeToITRF[Int(row[0])]
            let frame = frames[Int(row[1])]
            let instant = Instant(julianDay: state[1], fraction: state[2])
            let look = frame.lookAngles(
                temePosition: vector(state, 4), velocity: vector(state, 7), at: instant, ut1MinusUTC: state[3])
            let label: Comment = "state \(row[0]) station \(row[1])"
            #expect(abs(angleDifference(look.azimuth, row[2] * Self.degree)) / Self.degree <= 1e-9, label)
            #expect(abs(look.elevationDegrees - row[3]) <= 1e-9, label)
            #expect(abs(look.range - row[4]) <= 1e-9, label)
            #expect(abs(look.rangeRate - row[5]) <= 2e-8, label)
            #expect(look.azimuth >= 0 && look.azimuth < 2 * Double.pi)
            if row[3] > 0 { above += 1 }
        }
        #expect(above >= 10)
    }

    /// The fast paths agree with the full look angles: sin(elevation), elevation and the
    /// threshold test (margins of ±1e-9 around the exact sine).
    @Test func elevationFastPathAgrees() {
        for row in FramesReference.lookAngles {
            let state = FramesReference.temeToITRF[Int(row[0])]
            let station = FramesReference.stations[Int(row[1])]
            let frame = TopocentricFrame(latitudeDegrees: station[0], longitudeDegrees: station[1], height: station[2])
            let rotation = EarthRotation(at: Instant(julianDay: state[1], fraction: state[2]), ut1MinusUTC: state[3])
            let itrf = rotation.itrf(fromTEMEPosition: vector(state, 4), velocity: vector(state, 7))
            let look = frame.lookAngles(ecefPosition: itrf.position, velocity: itrf.velocity)
            let sine = frame.sinElevation(ofECEF: itrf.position)
            #expect(abs(sine - sin(look.elevation)) <= 1e-14)
            #expect(abs(frame.elevation(ofECEF: itrf.position) - look.elevation) <= 1e-14)
            #expect(abs(sine - sin(row[3] * Self.degree)) <= 1e-8)
            for threshold in [-0.2, 0, 0.1, 0.5] {
                #expect(frame.isVisible(ecef: itrf.position, sinMinimumElevation: threshold) == (sine >= threshold))
            }
            #expect(frame.isVisible(ecef: itrf.position, sinMinimumElevation: sine - 1e-9))
            #expect(!frame.isVisible(ecef: itrf.position, sinMinimumElevation: sine + 1e-9))
            let enu = frame.enu(ofECEF: itrf.position)
            #expect(abs(norm(enu) - look.range) <= 1e-9)
        }
    }

    /// Sub-satellite points against skyfield `wgs84.geographic_position_of(sat.at(t))` and the
    /// fixed-point inverse of skyfield's ITRS position. Measured against skyfield: latitude
    /// ≤ 2.0e-8° (skyfield stops its latitude iteration after 3 steps), longitude ≤ 1.7e-12°,
    /// height ≤ 1.2e-10 km; against the fixed-point inverse latitude ≤ 3.4e-13°, height
    /// ≤ 1.2e-10 km. Tolerances 5e-8° / 1e-10° (skyfield), 1e-11° / 1e-10° (fixed point), 1e-9 km.
    @Test func subSatellitePointMatchesSkyfield() {
        for row in FramesReference.subSatellitePoints {
            let state = FramesReference.temeToITRF[Int(row[0])]
            let point = GeodeticPosition(
                subSatellitePointOfTEME: vector(state, 4), at: Instant(julianDay: state[1], fraction: state[2]),
                ut1MinusUTC: state[3])
            let label: Comment = "state \(row[0])"
            #expect(abs(point.latitudeDegrees - row[1]) <= 5e-8, label)
            #expect(abs(angleDifference(point.longitude, row[2] * Self.degree)) / Self.degree <= 1e-10, label)
            #expect(abs(point.height - row[3]) <= 1e-9, label)
            #expect(abs(point.latitudeDegrees - row[4]) <= 1e-11, label)
            #expect(abs(angleDifference(point.longitude, row[5] * Self.degree)) / Self.degree <= 1e-10, label)
            #expect(abs(point.height - row[6]) <= 1e-9, label)
        }
    }

    /// ENU basis: orthonormal, `up` is the ellipsoid normal (a point straight above is at 90°).
    @Test func topocentricFrameBasis() {
        let frame = TopocentricFrame(latitudeDegrees: -77.8391295, longitudeDegrees: 166.6670823, height: 0.153)
        #expect(abs(norm(frame.east) - 1) <= 1e-15 && abs(norm(frame.north) - 1) <= 1e-15)
        #expect(abs((frame.east * frame.north).sum()) <= 1e-15 && abs((frame.up * frame.north).sum()) <= 1e-15)
        let above = GeodeticPosition(
            latitude: frame.geodetic.latitude, longitude: frame.geodetic.longitude, height: 500)
        #expect(abs(frame.elevation(ofECEF: above.ecef) - Double.pi / 2) <= 1e-12)
        let north = GeodeticPosition(latitudeDegrees: -70, longitudeDegrees: 166.6670823, height: 800)
        let look = frame.lookAngles(ecefPosition: north.ecef, velocity: .zero)
        #expect(abs(angleDifference(look.azimuth, 0)) <= 1e-12)
        #expect(look.rangeRate == 0)
    }
}
