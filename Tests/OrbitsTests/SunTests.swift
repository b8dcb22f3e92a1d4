import Foundation
import Testing

@testable import Orbits

/// The low-precision Sun and the Earth-shadow models, against astropy `get_sun` in TEME,
/// Vallado's published example and skyfield's `is_sunlit` geometry
/// (numbers from Benchmarks/reference/frames_reference.py).
@Suite struct SunTests {
    /// Angle between two vectors, degrees.
    private func angleDegrees(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        let c = (a * b).sum() / (norm(a) * norm(b))
        return acos(min(1, max(-1, c))) * 180 / Double.pi
    }

    /// astropy `get_sun` (ERFA epv00, apparent) transformed to astropy's TEME, 1990–2045.
    /// Measured: ≤ 0.0051° in direction, ≤ 3.8e-5 AU in distance; tolerances 0.01° and 1e-4 AU
    /// (the stated accuracy of the algorithm).
    @Test func sunMatchesAstropy() {
        for row in FramesReference.sun {
            let sun = Sun.position(at: Instant(julianDay: row[0], fraction: row[1]), taiMinusUTC: row[2])
            let reference = vector(row, 5)
            #expect(angleDegrees(sun, reference) <= 0.01, "jd \(row[0]) + \(row[1])")
            #expect(abs(norm(sun) - norm(reference)) / Sun.astronomicalUnit <= 1e-4)
            // The TT Julian date built from TAI − UTC is astropy's to ~1e-10 day.
            let tt = Sun.position(julianDateTT: row[3] + row[4])
            #expect(norm(tt - sun) <= 1e-6 * norm(sun))
        }
    }

    /// Vallado, Fundamentals of Astrodynamics (4th ed.), Example 5-1: 2006-04-02 00:00 UT1,
    /// r = (0.9771945, 0.1924424, 0.0834308) AU. Measured difference ≤ 1.1e-6 AU (0.00006°:
    /// the example rounds T and uses the older mean-anomaly constant); tolerance 2e-6 AU.
    @Test func sunValladoExample5_1() {
        let sun = Sun.position(julianDateTT: 2_453_827.5) / Sun.astronomicalUnit
        #expect(abs(sun.x - 0.9771945) <= 2e-6)
        #expect(abs(sun.y - 0.1924424) <= 2e-6)
        #expect(abs(sun.z - 0.0834308) <= 2e-6)
    }

    /// ISS every 2 min over 12 h on 2023-08-21: skyfield's `is_sunlit` test (line toward the
    /// Sun's centre against a sphere of radius ERAD) with astropy's Sun. With the same Sun
    /// vector the answers agree everywhere; with the low-precision Sun they agree wherever the
    /// line passes more than 5 km from the Earth's limb (0.01° of Sun direction moves the
    /// shadow edge by < 1 km at LEO). The 12 h hold 138 eclipsed and 222 sunlit samples.
    @Test func sunlitMatchesSkyfield() {
        var eclipsed = 0, compared = 0
        for row in FramesReference.sunlit {
            let position = vector(row, 2)
            let expected = row[5] == 1
            #expect(EarthShadow.isSunlit(position: position, sunPosition: vector(row, 7)) == expected)
            let sun = Sun.position(at: Instant(julianDay: row[0], fraction: row[1]), taiMinusUTC: 37)
            if abs(row[6]) > 5 {
                compared += 1
                #expect(EarthShadow.isSunlit(position: position, sunPosition: sun) == expected, "fraction \(row[1])")
            }
            if !expected { eclipsed += 1 }
        }
        #expect(eclipsed > 100 && eclipsed < 200)
        #expect(compared > 340)
    }

    /// The conical model brackets skyfield's: a sample skyfield calls sunlit is never in umbra,
    /// one it calls eclipsed is never fully sunlit (same astropy Sun).
    @Test func conicalShadowBracketsSkyfield() {
        for row in FramesReference.sunlit {
            let illumination = EarthShadow.illumination(position: vector(row, 2), sunPosition: vector(row, 7))
            if row[5] == 1 {
                #expect(illumination != .umbra, "fraction \(row[1])")
            } else {
                #expect(illumination != .sunlit, "fraction \(row[1])")
            }
        }
    }

    /// Conical geometry: on the anti-Sun axis behind the Earth is umbra; just outside the Earth's
    /// radius at LEO distance is penumbra (the umbra cone narrows, the penumbra widens); far off
    /// axis or on the day side is sunlit.
    @Test func conicalShadowGeometry() {
        let sun = SIMD3<Double>(Sun.astronomicalUnit, 0, 0)
        #expect(EarthShadow.illumination(position: SIMD3(-7000, 0, 0), sunPosition: sun) == .umbra)
        #expect(EarthShadow.illumination(position: SIMD3(-7000, 0, 6378.137 + 5), sunPosition: sun) == .penumbra)
        #expect(EarthShadow.illumination(position: SIMD3(-7000, 0, 6378.137 - 5), sunPosition: sun) == .penumbra)
        #expect(EarthShadow.illumination(position: SIMD3(-7000, 0, 6378.137 - 60), sunPosition: sun) == .umbra)
        #expect(EarthShadow.illumination(position: SIMD3(-7000, 0, 6378.137 + 60), sunPosition: sun) == .sunlit)
        #expect(EarthShadow.illumination(position: SIMD3(7000, 0, 0), sunPosition: sun) == .sunlit)
        // Beyond the umbra apex (~1.38 million km) only penumbra remains on the axis.
        #expect(EarthShadow.illumination(position: SIMD3(-1.5e6, 0, 0), sunPosition: sun) == .penumbra)
        #expect(!EarthShadow.isSunlit(position: SIMD3(-7000, 0, 0), sunPosition: sun))
        // The line toward the Sun's centre converges: at 7000 km behind the Earth it comes
        // 6378.2 × 7000 / 1 AU ≈ 0.30 km closer to the axis, so 6378.2 km off axis is still shadow.
        #expect(!EarthShadow.isSunlit(position: SIMD3(-7000, 0, 6378.2), sunPosition: sun))
        #expect(EarthShadow.isSunlit(position: SIMD3(-7000, 0, 6378.5), sunPosition: sun))
        #expect(!EarthShadow.isSunlit(position: SIMD3(-7000, 0, 6378.4), sunPosition: sun))
    }
}
