import Testing

@testable import Screening

/// The eigen-decomposition and clipped square root that let the Monte Carlo sample covariances
/// which are only semi-definite in floating point.
@Suite("Covariance eigen-decomposition")
struct CovarianceEigenTests {
    /// The primary's RTN covariance of CARA's Alfano (2009) test case 1, a GEO conjunction
    /// (m², m²/s, m²/s²; `ThreeDimensionalPc/UnitTest/InputFiles/AlfanoTestCase01.cdm` of
    /// nasa/CARA_Analysis_Tools). numpy.linalg.eigvalsh gives 1.33780859e-13, 3.31939319e-10,
    /// 5.35877341e-10, 7.70845762e-01, 1.20503953e+00, 6.51586828e+03: condition ~5e16.
    static let alfano01 = Covariance6(lowerTriangle: [
        1.988970273925819e+01,
        -3.524140813027809e+02, 6.496749385722737e+03,
        0, 0, 1.205039522307600e+00,
        2.675448519614438e-02, -4.943011253984911e-01, 0, 3.761358714147070e-05,
        -1.027762112958557e-03, 1.780445954821163e-02, 0, -1.349905611451490e-06, 5.376164545080801e-08,
        0, 0, -6.070876344492500e-05, 0, 0, 3.390390010767800e-09,
    ])

    @Test("Eigenvalues match numpy's for an ill-conditioned real covariance")
    func eigenvalues() {
        let (values, vectors) = Self.alfano01.symmetricEigen
        let numpy = [7.70845762e-01, 1.20503953e+00, 6.51586828e+03]
        for (value, expected) in zip(values.suffix(3), numpy) {
            #expect(abs(value - expected) <= 1e-8 * expected)
        }
        // The three small ones are at round-off of the largest: only their size is meaningful.
        for value in values.prefix(3) { #expect(abs(value) < 1e-8) }
        // V is orthonormal and V Λ Vᵀ rebuilds the matrix.
        for i in 0..<6 {
            for j in 0..<6 {
                var dot = 0.0
                var rebuilt = 0.0
                for k in 0..<6 {
                    dot += vectors[k * 6 + i] * vectors[k * 6 + j]
                    rebuilt += vectors[i * 6 + k] * values[k] * vectors[j * 6 + k]
                }
                #expect(abs(dot - (i == j ? 1 : 0)) < 1e-12)
                #expect(abs(rebuilt - Self.alfano01[i, j]) <= 1e-12 * 6.5e3)
            }
        }
    }

    @Test("A semi-definite matrix with a negative round-off eigenvalue gets a square root; Cholesky does not")
    func clippedRoot() throws {
        // u uᵀ + w wᵀ minus 1e-14 along a third direction: rank 2, one slightly negative eigenvalue.
        let u: [Double] = [1, 2, 0, 0, 1, 0]
        let w: [Double] = [0, 1, -1, 3, 0, 0]
        let z: [Double] = [2, -1, 0, 0, 0, 1]
        var e = [Double](repeating: 0, count: 36)
        for i in 0..<6 {
            for j in 0..<6 { e[i * 6 + j] = u[i] * u[j] + w[i] * w[j] - 1e-14 * z[i] * z[j] }
        }
        let c = Covariance6(entries: e)
        #expect(c.cholesky == nil)
        let root = try #require(c.clippedSquareRoot)
        #expect(root.clipped >= 1, "the −1e-14 direction; the three null ones are ± round-off")
        for i in 0..<6 {
            for j in 0..<6 {
                var product = 0.0
                for k in 0..<6 { product += root.factor[i * 6 + k] * root.factor[j * 6 + k] }
                #expect(abs(product - c[i, j]) < 1e-12)
            }
        }
        #expect(Covariance6(entries: [Double](repeating: 0, count: 36)).clippedSquareRoot == nil)
    }

    /// The secondary's RTN covariance of the same case.
    static let alfano01Secondary = Covariance6(lowerTriangle: [
        1.989074842319444e+01,
        -3.524310089952797e+02, 6.496894829253188e+03,
        -9.767348673026151e-21, 6.463165376425425e-19, 1.204674647143796e+00,
        2.675573872452930e-02, -4.943115446971844e-01, -1.054655281005110e-22, 3.761433292802947e-05,
        -1.027907518900499e-03, 1.780719276302711e-02, 2.016252743098005e-24, -1.350111723313400e-06,
        5.377343757879955e-08,
        -6.046657966019955e-23, 6.318580118652501e-22, -6.071534561359923e-05, -8.386681333817634e-27,
        2.258381275085438e-27, 3.392080345234430e-09,
    ])

    @Test("Alfano case 1 (retrograde GEO, 0.014 m/s): 2D flagged invalid; Monte Carlo samples it in Cartesian space")
    func alfanoCase1MonteCarlo() throws {
        // States of the CDM (km, km/s) in metres; HBR 15 m. CARA: Pc2D 0.146749549 (from unrounded
        // states; Benchmarks/collision/pc_reference.py on the CDM's rounded states gives
        // 0.146748932843017), Monte Carlo 0.217467140 (its unit test, 10 % accuracy).
        let primary = try #require(
            ConjunctionObject(
                position: SIMD3(153.446765, 41874.155870, 0) * 1000,
                velocity: SIMD3(3.066874761, -0.011373615, 0) * 1000, rtnCovariance: Self.alfano01))
        let secondary = try #require(
            ConjunctionObject(
                position: SIMD3(153.447264, 41874.156370, 0.005) * 1000,
                velocity: SIMD3(3.066864761, -0.011363615, -0.000000001) * 1000,
                rtnCovariance: Self.alfano01Secondary))
        let encounter = Encounter(primary: primary, secondary: secondary, hardBodyRadius: 15)
        #expect(EquinoctialElements(position: primary.position, velocity: primary.velocity) == nil)
        let assessment = try CollisionAssessment(encounter, monteCarlo: MonteCarloPc(samples: 20_000))
        let pc2D = try #require(assessment.pc2D)
        #expect(abs(pc2D.probability - 0.146748932843017) <= 1e-10 * 0.146748932843017)
        #expect(!assessment.isValid2D)
        #expect(assessment.monteCarloFailure == nil)
        let mc = try #require(assessment.monteCarlo)
        // 20,000 draws: σ ≈ 0.0029; CARA's value inside the 95 % interval.
        #expect(mc.confidence95.contains(0.217467140), "\(mc)")
    }
}
