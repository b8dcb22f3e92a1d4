import Foundation
import Testing

@testable import Screening

/// The methods around the 2D Pc: two-body motion, equinoctial elements, the usage checks, the
/// Monte Carlo fallback and the maximum Pc.
@Suite("Collision: two-body motion, usage checks, Monte Carlo, maximum Pc")
struct CollisionMethodsTests {
    static func test08(hbr: Double = 20) throws -> Encounter {
        let cdm = try CDM.read(CARASampleCDMs.omitronTest08).cdm
        return try #require(cdm.conjunction(hardBodyRadius: hbr))
    }

    /// CARA's Omitron case 2 (km, km²) in metres, HBR 20 m: Pc2D 0.1807363058494765.
    static func omitron2Metres() -> Encounter {
        var c = Pc2DTests.omitron2()
        for keyPath in [\Encounter.primary, \Encounter.secondary] {
            var o = c[keyPath: keyPath]
            o.position *= 1000
            o.velocity *= 1000
            o.covariance = Covariance6(entries: o.covariance.entries.map { $0 * 1e6 })
            c[keyPath: keyPath] = o
        }
        c.hardBodyRadius = 20
        return c
    }

    @Test("Two-body: one period returns to the start; forward then back is the identity")
    func twoBody() throws {
        let r = SIMD3(-837_964.597, -817_188.717, 7_094_136.015)
        let v = SIMD3(-2_670.646534, 6_931.563469, 482.778663)
        let period = MonteCarloPc.period(r, v)
        let after = try #require(TwoBody.propagate(position: r, velocity: v, by: period))
        #expect(((after.position - r) * (after.position - r)).sum().squareRoot() < 1e-3)
        let out = try #require(TwoBody.propagate(position: r, velocity: v, by: 1234.5))
        let back = try #require(TwoBody.propagate(position: out.position, velocity: out.velocity, by: -1234.5))
        #expect(((back.position - r) * (back.position - r)).sum().squareRoot() < 1e-5)
        #expect(((back.velocity - v) * (back.velocity - v)).sum().squareRoot() < 1e-8)
    }

    @Test("Equinoctial elements round-trip a state to 1e-6 m")
    func equinoctial() throws {
        let r = SIMD3(-2_035_031.533, -860_238.436, 6_849_518.714)
        let v = SIMD3(-7_155.866309, 1_151.979623, -1_954.347136)
        let e = try #require(EquinoctialElements(position: r, velocity: v))
        let back = try #require(e.state)
        #expect(((back.position - r) * (back.position - r)).sum().squareRoot() < 1e-6)
        #expect(((back.velocity - v) * (back.velocity - v)).sum().squareRoot() < 1e-9)
    }

    @Test("Usage checks: CARA's slow Omitron test 08 is flagged, a 12.9 km/s CARA CDM is not")
    func usage() throws {
        let slow = try Pc2DUsage(try Self.test08())
        #expect(!slow.isValid)
        #expect(slow.sweep > Pc2DUsage.sweepLimit)
        #expect(abs(slow.relativeSpeed - 66.803) < 0.01)
        let fast = try Pc2DUsage(Self.omitron2Metres())
        #expect(fast.isValid, "\(fast.violations)")
    }

    @Test("Test 08: Pc2D as CARA (2.2660816e-20, 1e-3) and as SciPy (2.266075116538239e-20, 1e-9)")
    func test08TwoD() throws {
        let pc = try Pc2D.probability(of: try Self.test08()).probability
        #expect(abs(pc - 2.2660816e-20) / 2.2660816e-20 < 1e-3)
        #expect(abs(pc - 2.266075116538239e-20) / 2.266075116538239e-20 < 1e-9)
    }

    @Test("Monte Carlo agrees with the exact 2D Pc where 2D is valid (Omitron case 2, 20 000 draws)")
    func monteCarloMatches2D() throws {
        let c = Self.omitron2Metres()
        let exact = try Pc2D.probability(of: c).probability
        #expect(abs(exact - 1.807363058494765e-01) / 1.807363058494765e-01 < 1e-10)
        for sampling in [MonteCarloPc.Sampling.cartesian, .equinoctial] {
            let mc = try MonteCarloPc(samples: 20_000, sampling: sampling).probability(of: c)
            let sigma = (exact * (1 - exact) / 20_000).squareRoot()
            #expect(abs(mc.probability - exact) < 4 * sigma, "\(sampling): \(mc.probability) vs \(exact)")
            #expect(mc.confidence95.contains(mc.probability))
        }
    }

    @Test("The prescreen skips only draws that cannot collide (same hits with and without)")
    func prescreenIsExact() throws {
        let c = try Self.test08(hbr: 2000)
        let with = try MonteCarloPc(samples: 4_000, prescreen: true).probability(of: c)
        let without = try MonteCarloPc(samples: 4_000, prescreen: false).probability(of: c)
        #expect(with.hits == without.hits)
        #expect(with.hits > 0)
    }

    @Test("Test 08 Monte Carlo is near CARA's 3D Pc 1.9271201e-05, 15 orders above the 2D value")
    func test08MonteCarlo() throws {
        let mc = try MonteCarloPc(samples: 400_000).probability(of: try Self.test08())
        #expect(mc.hits > 0)
        #expect(mc.probability > 1e-6 && mc.probability < 1e-4)
        #expect(mc.confidence95.contains(1.9271201e-05), "\(mc)")
    }

    @Test("Maximum Pc: isotropic limit R²/(e·d²) at σ = d/√2; scaled maximum ≥ Pc at the given size")
    func maximum() throws {
        let iso = MaximumPc.isotropic(miss: 1000, hardBodyRadius: 1)
        #expect(abs(iso.probability - 1 / (exp(1.0) * 1e6)) / (1 / (exp(1.0) * 1e6)) < 1e-5)
        #expect(abs(iso.sigma - 1000 / 2.0.squareRoot()) / 1000 < 1e-4)
        let c = Self.omitron2Metres()
        let scaled = try MaximumPc.scaled(c)
        #expect(scaled.probability >= (try Pc2D.probability(of: c)).probability)
        let slim = MaximumPc.shaped(miss: SIMD2(1000, 0), aspectRatio: 0.1, angle: 0, hardBodyRadius: 1)
        #expect(slim.probability > iso.probability, "an elongated ellipse along the miss reaches further")
    }

    @Test("Zero relative velocity (as Alfano's case 12): no 2D value, flagged, Monte Carlo instead")
    func zeroRelativeVelocity() throws {
        var c = Self.omitron2Metres()
        c.secondary.velocity = c.primary.velocity
        let assessment = try CollisionAssessment(c, monteCarlo: MonteCarloPc(samples: 2_000))
        #expect(assessment.pc2D == nil)
        #expect(!assessment.isValid2D)
        #expect(assessment.violations.first?.hasPrefix("zero relative velocity") == true)
        let mc = try #require(assessment.monteCarlo)
        #expect(mc.samples == 2_000)
        #expect(assessment.recommended == mc.probability)
    }
}
