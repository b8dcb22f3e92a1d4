/// The conjunction (encounter) plane of a rectilinear encounter: the plane through the primary
/// perpendicular to the relative velocity, in which the 2D probability methods integrate.
///
/// Axes as NASA CARA's Pc2D_Foster: y along the relative velocity, z along r × v, x = y × z
/// (the miss direction at TCA). By default the miss vector is (|r|, 0), CARA's convention
/// (Pc2D_Foster, PcCircle: the states are taken to be at TCA, the full separation is the miss),
/// which reproduces CARA's published values to 1e-14. With `recentre`, the relative position is
/// first moved linearly to the rectilinear TCA (its component along v removed), for states that
/// are not exactly at TCA.
public struct EncounterPlane: Sendable, Hashable {
    /// Miss vector in the plane (x, z), metres (relative position re-centred linearly on TCA).
    public var miss: SIMD2<Double>
    /// Combined position covariance projected on the plane: (xx, xz, zz), m².
    public var covariance: SIMD3<Double>
    /// Relative speed (m/s).
    public var relativeSpeed: Double
    /// Time (s) from the given states to the rectilinear TCA (−r·v/|v|²; the re-centring shift
    /// when `recentre` was asked).
    public var timeToClosestApproach: Double
    /// The plane's axes (rows: x, y, z) in the inertial frame.
    public var axes: Matrix3

    /// The encounter plane of `conjunction`, re-centred linearly on TCA when `recentre`; throws
    /// when the relative velocity is zero or an input is not finite.
    public init(_ conjunction: Encounter, recentre: Bool = false) throws(PcError) {
        let r = conjunction.relativePosition
        let v = conjunction.relativeVelocity
        guard (r * r).sum().isFinite, (v * v).sum().isFinite else {
            throw PcError(.nonFiniteInput, field: "state")
        }
        let speed = (v * v).sum().squareRoot()
        guard speed > 0 else { throw PcError(.zeroRelativeVelocity, field: "relativeVelocity", value: speed) }
        let y = v / speed
        // Re-centre on the rectilinear TCA: remove the component of r along v.
        let shift = -(r * v).sum() / (speed * speed)
        let rTCA = r + shift * v
        var h = RTNFrame.cross(rTCA, v)
        var hn = (h * h).sum().squareRoot()
        if !(hn > 1e-12 * speed * max(1, (rTCA * rTCA).sum().squareRoot())) {
            // Zero miss: any z perpendicular to v will do.
            let trial: SIMD3<Double> = abs(y.x) < 0.9 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
            h = RTNFrame.cross(y, trial)
            hn = (h * h).sum().squareRoot()
        }
        let z = h / hn
        let x = RTNFrame.cross(y, z)
        axes = Matrix3(rows: x, y, z)
        let c = axes.congruence(conjunction.combinedPositionCovariance)
        covariance = SIMD3(c[0, 0], 0.5 * (c[0, 2] + c[2, 0]), c[2, 2])
        guard covariance.x.isFinite, covariance.y.isFinite, covariance.z.isFinite else {
            throw PcError(.nonFiniteInput, field: "covariance")
        }
        miss = recentre ? SIMD2((x * rTCA).sum(), (z * rTCA).sum()) : SIMD2((r * r).sum().squareRoot(), 0)
        relativeSpeed = speed
        timeToClosestApproach = shift
    }

    /// Eigen-decomposition of the plane covariance: (smaller eigenvalue, larger eigenvalue,
    /// unit eigenvector of the larger one), m².
    public var principalAxes: (minor: Double, major: Double, majorAxis: SIMD2<Double>) {
        let (a, b, d) = (covariance.x, covariance.y, covariance.z)
        let mean = 0.5 * (a + d)
        let radius = (0.25 * (a - d) * (a - d) + b * b).squareRoot()
        let major = mean + radius
        // Smaller root from the determinant to avoid cancellation.
        let det = a * d - b * b
        let minor = major > 0 ? det / major : mean - radius
        var axis: SIMD2<Double>
        if b == 0 {
            axis = a >= d ? SIMD2(1, 0) : SIMD2(0, 1)
        } else {
            axis = a >= d ? SIMD2(major - d, b) : SIMD2(b, major - a)
            axis /= (axis * axis).sum().squareRoot()
        }
        return (minor, major, axis)
    }
}
