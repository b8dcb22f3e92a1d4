import Orbits
import Testing

@testable import Charts

@Suite struct SolarTests {
    @Test func subsolarPointAtTheJuneSolstice2026() throws {
        // The June solstice 2026 is at 2026-06-21 08:24 UTC: the Sun's declination is the
        // obliquity, 23.436° (IAU 2006 mean obliquity for 2026: 23.4362°). astropy 8.0.2
        // (get_sun → ITRS, IERS data of astropy-iers-data 0.2026.11.2) gives the subsolar point
        // at 23.4380° N, 54.4460° E (apparent place, with aberration).
        let instant = try Instant(year: 2026, month: 6, day: 21, hour: 8, minute: 24)
        let point = SolarGeometry.subsolarPoint(at: instant)
        #expect(abs(point.latitude - 23.44) < 0.05)
        #expect(abs(point.latitude - 23.4380) < 0.02)
        #expect(abs(point.longitude - 54.4460) < 0.05)
    }

    @Test func subsolarPointOnThisDay() throws {
        // astropy 8.0.2, same method: 2026-11-22 12:00 UTC → 20.1899° S, 3.4697° W (the
        // Sun crossed Greenwich at 11:46 UTC, the equation of time being +13.9 min, so at 12:00 it is 3.47° west).
        let point = SolarGeometry.subsolarPoint(at: try Instant(year: 2026, month: 11, day: 22, hour: 12))
        #expect(abs(point.latitude - -20.1899) < 0.02)
        #expect(abs(point.longitude - -3.4697) < 0.05)
    }

    @Test func terminatorIsNinetyDegreesFromTheSubsolarPoint() throws {
        for subsolar in [
            GeoPoint(latitude: 23.438, longitude: 54.446), GeoPoint(latitude: -20.19, longitude: -3.47),
            GeoPoint(latitude: 0, longitude: -39.65), GeoPoint(latitude: 1e-9, longitude: 120),
        ] {
            let terminator = Terminator(subsolarPoint: subsolar)
            let line = terminator.line(count: 360)
            #expect(line.count == 361)
            for vertex in line {
                #expect(abs(SphericalGeometry.centralAngle(subsolar, vertex) - 90) < 0.1)
            }
        }
    }

    @Test func nightSideHoldsThePoleAwayFromTheSun() {
        // Northern summer: the night polygon is closed along the south edge, and the antisolar
        // point (on the equator side opposite the Sun) lies below the terminator line there.
        let summer = Terminator(subsolarPoint: GeoPoint(latitude: 23.44, longitude: 54.45))
        let polygon = summer.nightPolygon(count: 360)
        #expect(polygon.suffix(2).allSatisfy { $0.latitude == -90 })
        let antisolarLongitude = 54.45 - 180
        let index = Int(((antisolarLongitude + 180) / 360 * 360).rounded())
        // At the antisolar meridian the terminator is at 90° − 23.44° = 66.56° N.
        #expect(abs(polygon[index].latitude - 66.56) < 0.6)
        let winter = Terminator(subsolarPoint: GeoPoint(latitude: -20.19, longitude: -3.47))
        #expect(winter.nightPolygon().suffix(2).allSatisfy { $0.latitude == 90 })
    }
}
