import Testing

@testable import Screening

/// Reference values: NASA CARA Analysis Tools (github.com/nasa/CARA_Analysis_Tools,
/// `DistributedMatlab/ProbabilityOfCollision/UnitTests/PcCircle_UnitTest.m`, NOSA), whose
/// `PcCircle` integrates the same 2D Pc exactly and is asserted there to 1e-10 relative.
/// Inputs are copied as numbers (km, km² or m, m², as in the MATLAB tests: Pc is unit-free).
@Suite("Pc2D (Foster) against CARA's exact 2D values")
struct Pc2DTests {
    static func object(_ r: SIMD3<Double>, _ v: SIMD3<Double>, _ c: [Double]) -> ConjunctionObject {
        ConjunctionObject(
            position: r, velocity: v,
            covariance: Covariance6(position: Matrix3(symmetric: c[0], c[1], c[2], c[4], c[5], c[8])))
    }

    /// CARA's "Omitron test case 01" (r in km, covariance in km², HBR 0.020 km).
    static func omitron1(hbr: Double = 0.020) -> Encounter {
        Encounter(
            primary: object(
                SIMD3(378.39559, 4305.721887, 5752.767554), SIMD3(2.360800244, 5.580331936, -4.322349039),
                [
                    44.5757544811362, 81.6751751052616, -67.8687662707124, 81.6751751052616, 158.453402956163,
                    -128.616921644857, -67.8687662707124, -128.616921644858, 105.490542562701,
                ]),
            secondary: object(
                SIMD3(374.5180598, 4307.560983, 5751.130418), SIMD3(-5.388125081, -3.946827739, 3.322820358),
                [
                    2.31067077720423, 1.69905293875632, -1.4170164577661, 1.69905293875632, 1.24957388457206,
                    -1.04174164279599, -1.4170164577661, -1.04174164279599, 0.869260558223714,
                ]),
            hardBodyRadius: hbr)
    }

    static func omitron2() -> Encounter {
        let c1: [Double] = [
            0.342072996423899, -0.412677096778269, 0.371500417511149, -0.412677096778269, 0.609905946319294,
            -0.540401385544286, 0.371500417511149, -0.540401385544286, 0.521238634755377,
        ].map { $0 * 1e-3 }
        return Encounter(
            primary: object(
                SIMD3(-3239.128337196251, 2404.575152356222, 5703.228541709001),
                SIMD3(-3.745768373154199, 5.012339015927846, -4.231864565717194), c1),
            secondary: object(
                SIMD3(-3239.138264917246, 2404.568320465936, 5703.235605231182),
                SIMD3(6.110192790100711, -1.767321407894830, 4.140369261741708),
                [
                    0.028351300975134, -0.008204103437377, 0.019253747960155, -0.008204103437377,
                    0.002404377774847, -0.005586512197914, 0.019253747960155, -0.005586512197914,
                    0.013289250260317,
                ]),
            hardBodyRadius: 0.020)
    }

    static func relative(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }

    @Test("Omitron case 1: 2.706023476569787e-05 to 1e-10")
    func omitronCase1() throws {
        let result = try Pc2D.probability(of: Self.omitron1())
        #expect(Self.relative(result.probability, 2.706023476569787e-05) < 1e-10)
        #expect(!result.remediated)
    }

    @Test("Omitron case 2: 1.807363058494765e-01 to 1e-10")
    func omitronCase2() throws {
        let result = try Pc2D.probability(of: Self.omitron2())
        #expect(Self.relative(result.probability, 1.807363058494765e-01) < 1e-10)
    }

    /// CARA's testMultipleElements case: a 18.6 m × 123 km projected covariance, HBR 10 m … 30 km.
    static func sweepCase(hbr: Double) -> Encounter {
        let p = object(
            SIMD3(-6.227006552549310e+06, -3.000839638747010e+06, -1.932569099062626e+05),
            SIMD3(2.983983865443772e+03, -5.973188938878403e+03, -3.622262843716804e+03),
            [
                2.329248149898317e+04, -4.624097512511387e+04, -2.810352472705708e+04, -4.624097512511387e+04,
                9.189373058443272e+04, 5.583858286675660e+04, -2.810352472705708e+04, 5.583858286675660e+04,
                3.396506000245927e+04,
            ])
        let s = object(
            SIMD3(-6.231009268962734e+06, -2.993196148130401e+06, -1.761401651747054e+05),
            SIMD3(-3.255968208692156e+02, 9.946514541875586e+02, -7.507340539210305e+03),
            [
                3.689149893147051e+07, -1.200669748208798e+08, 9.002535247181211e+08, -1.200669748208798e+08,
                3.907735722225543e+08, -2.929990982074453e+09, 9.002535247181211e+08, -2.929990982074453e+09,
                2.196888928197153e+10,
            ])
        return Encounter(primary: p, secondary: s, hardBodyRadius: hbr)
    }

    /// CARA's PcCircle values for this case differ from the exact integral by 2e-8 (HBR 10 m)
    /// to 3e-4 (HBR ≥ 1 km, where the disk is 50 minor sigmas wide and PcCircle's fixed
    /// Gauss–Chebyshev quadrature is too coarse). The exact value was confirmed three ways:
    /// Concord's chord integral, its polar integral, and SciPy `quad` over chords in either
    /// principal direction (6.342623496240338e-03 at 1 km, Benchmarks/collision).
    @Test("HBR sweep 10 m … 30 km: CARA's values within their quadrature error; exact where checked")
    func hbrSweep() throws {
        let cara: [(Double, Double, Double)] = [
            (1e1, 2.514939701718358e-15, 3e-8), (1e2, 1.232312816404174e-05, 3e-9),
            (1e3, 6.343318773183237e-03, 3e-4), (3e3, 1.917884657463699e-02, 3e-4),
            (1e4, 6.389821634646267e-02, 3e-4), (3e4, 1.900663422510684e-01, 3e-4),
        ]
        for (hbr, pc, tolerance) in cara {
            let value = try Pc2D.probability(of: Self.sweepCase(hbr: hbr)).probability
            #expect(Self.relative(value, pc) < tolerance, "HBR \(hbr): \(value) vs CARA \(pc)")
        }
        let exact = try Pc2D.probability(of: Self.sweepCase(hbr: 1e3)).probability
        #expect(Self.relative(exact, 6.342623496240338e-03) < 1e-12)
        #expect(Self.relative(try Pc2D.polarIntegral(of: Self.sweepCase(hbr: 1e3)), exact) < 1e-11)
        #expect(try Pc2D.probability(of: Self.sweepCase(hbr: 0)).probability == 0)
    }

    @Test("Non-positive-definite covariance: remediated, Pc = 0 (CARA testNPDCovariance)")
    func nonPositiveDefinite() throws {
        let c = Encounter(
            primary: Self.object(
                SIMD3(-6711923.276204407, 2115987.639388162, 596903.033311516),
                SIMD3(-3633.024009735033, -8343.876216289187, 1529.269073307224),
                [
                    10651.06865424844, 25162.51806981900, -4653.47179860534, 25162.51806981901, 61873.55078822979,
                    -11370.63814221593, -4653.47179860534, -11370.63814221593, 2108.71780971058,
                ]),
            secondary: Self.object(
                SIMD3(-6703689.997789211, 2066645.266249834, 601175.621383896),
                SIMD3(-499.951545210059, -8271.763735723972, -3673.287518932014),
                [
                    38324418857.201, 409236977944.646, 182366534533.406, 409236977944.646, 4369926131386.673,
                    1947351616381.380, 182366534533.406, 1947351616381.380, 867790027954.990,
                ]),
            hardBodyRadius: 52.84)
        let result = try Pc2D.probability(of: c)
        #expect(result.probability < 1e-10)
    }

    @Test("Second method (polar quadrature, no erf) agrees to 1e-11")
    func polarAgrees() throws {
        for c in [Self.omitron1(), Self.omitron2(), Self.omitron1(hbr: 2), Self.omitron1(hbr: 0.001)] {
            let chord = try Pc2D.probability(of: c).probability
            let polar = try Pc2D.polarIntegral(of: c)
            #expect(Self.relative(polar, chord) < 1e-11, "\(chord) vs \(polar)")
        }
    }

    @Test("Zero relative velocity is a typed error")
    func zeroVelocity() {
        var c = Self.omitron1()
        c.secondary.velocity = c.primary.velocity
        #expect(throws: PcError(.zeroRelativeVelocity, field: "relativeVelocity", value: 0)) {
            try Pc2D.probability(of: c)
        }
    }
}
