#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the 2D (rectilinear, short-encounter) method may be used for a conjunction: the
/// usage-violation indicators of NASA CARA's UsageViolationPc2D in their rectilinear form, and
/// Concord's covariance-sweep indicator for slow encounters.
///
/// - `extended`: 2·Δτ / P_min, Δτ the rectilinear encounter half-duration (the time, in σ of the
///   Mahalanobis-distance minimum, to a 1e-16 tail), P_min the shorter orbital period. CARA flags
///   above 0.02.
/// - `offset`: max(|Ta|, |Tb|) / P_min, the encounter bounds' distance from the given TCA.
///   CARA flags above 0.01.
/// - `sweep`: 2·(5 σ_max / v_rel) / P_min, σ_max the largest combined position sigma: the time
///   for the relative motion to cross the whole uncertainty region. Above 0.02 the relative
///   trajectory is not straight over the region that matters (slow or co-orbital encounters, e.g.
///   CARA's Omitron test 08 at 67 m/s, whose 2D Pc is 15 orders of magnitude below its 3D Pc).
/// - non-positive-definite position covariances (primary, secondary, combined).
public struct Pc2DUsage: Sendable {
    /// Encounter duration indicator (0 … 1).
    public var extended: Double
    /// Encounter offset indicator (0 … 1).
    public var offset: Double
    /// Covariance sweep indicator (0 … 1).
    public var sweep: Double
    /// Relative speed (m/s).
    public var relativeSpeed: Double
    /// Non-positive-definite position covariance of the primary, the secondary, their sum.
    public var nonPositiveDefinite: (primary: Bool, secondary: Bool, combined: Bool)

    /// Thresholds above which an indicator is a violation.
    public static let extendedLimit = 0.02
    /// CARA's recommended cutoff for `offset`.
    public static let offsetLimit = 0.01
    /// Concord's cutoff for `sweep`.
    public static let sweepLimit = 0.02

    /// The indicators of `conjunction`.
    public init(_ conjunction: Encounter) throws(PcError) {
        let hbr = conjunction.hardBodyRadius
        let r = conjunction.relativePosition
        let v = conjunction.relativeVelocity
        let speed = (v * v).sum().squareRoot()
        guard speed > 0 else { throw PcError(.zeroRelativeVelocity, field: "relativeVelocity", value: 0) }
        relativeSpeed = speed
        let a = conjunction.combinedPositionCovariance
        let eig = a.symmetricEigenvalues
        nonPositiveDefinite = (
            conjunction.primary.covariance.position.symmetricEigenvalues[0] <= 0,
            conjunction.secondary.covariance.position.symmetricEigenvalues[0] <= 0, eig[0] <= 0
        )
        // Clip as CARA does, then the Mahalanobis-distance minimum in time.
        let clip = (1e-4 * max(hbr, 1e-9)) * (1e-4 * max(hbr, 1e-9))
        let clipped = eig.map { max($0, clip) }
        let ainv = Self.inverse(a, eigenvalues: eig, clipped: clipped)
        let rAv = (r * (ainv * v)).sum()
        let vAv = (v * (ainv * v)).sum()
        let tMin = rAv == 0 ? 0 : -rAv / vAv
        let sigmaT = 1 / vAv.squareRoot()
        let dtau = sigmaT * 2.0.squareRoot() * Self.erfcinvOf1e16
        let p1 = MonteCarloPc.period(conjunction.primary.position, conjunction.primary.velocity)
        let p2 = MonteCarloPc.period(conjunction.secondary.position, conjunction.secondary.velocity)
        let pMin = min(p1, p2)
        extended = min(1, 2 * dtau / pMin)
        offset = min(1, max(abs(tMin - dtau), abs(tMin + dtau)) / pMin)
        sweep = min(1, 2 * 5 * clipped[2].squareRoot() / speed / pMin)
    }

    /// True when no indicator is violated.
    public var isValid: Bool { violations.isEmpty }

    /// One sentence per violated indicator.
    public var violations: [String] {
        var out: [String] = []
        if extended > Self.extendedLimit {
            out.append("long encounter: duration indicator \(Self.short(extended)) > \(Self.extendedLimit)")
        }
        if offset > Self.offsetLimit {
            out.append("encounter offset from TCA: indicator \(Self.short(offset)) > \(Self.offsetLimit)")
        }
        if sweep > Self.sweepLimit {
            out.append(
                "slow encounter (\(Self.short(relativeSpeed)) m/s): covariance sweep indicator \(Self.short(sweep)) > \(Self.sweepLimit)"
            )
        }
        if nonPositiveDefinite.primary { out.append("primary position covariance not positive definite") }
        if nonPositiveDefinite.secondary { out.append("secondary position covariance not positive definite") }
        if nonPositiveDefinite.combined { out.append("combined position covariance not positive definite") }
        return out
    }

    static func short(_ x: Double) -> String {
        let scaled = (x * 1e4).rounded() / 1e4
        return scaled == 0 && x != 0 ? "\(x)" : "\(scaled)"
    }

    /// erfcinv(1e-16), for the tail bound of CARA's ConjDurationGamma = 1e-16.
    static let erfcinvOf1e16 = 5.872370090453963

    /// A⁻¹ with eigenvalues raised to `clipped` (A = Σ λ e eᵀ; the eigenvectors by inverse
    /// iteration are not needed: A⁻¹ is rebuilt from A and the shift when nothing is clipped).
    static func inverse(_ a: Matrix3, eigenvalues: [Double], clipped: [Double]) -> Matrix3 {
        if eigenvalues == clipped, let inv = a.inverse { return inv }
        // Add the smallest clip shift to the diagonal: A + δI has eigenvalues λ + δ ≥ clip.
        let delta = max(0, clipped[0] - eigenvalues[0])
        var shifted = a
        shifted.r0.x += delta
        shifted.r1.y += delta
        shifted.r2.z += delta
        return shifted.inverse ?? .identity
    }
}

extension Pc2DUsage: Equatable {
    public static func == (l: Pc2DUsage, r: Pc2DUsage) -> Bool {
        l.extended == r.extended && l.offset == r.offset && l.sweep == r.sweep && l.relativeSpeed == r.relativeSpeed
            && l.nonPositiveDefinite == r.nonPositiveDefinite
    }
}

extension Pc2DUsage: Hashable {
    public func hash(into h: inout Hasher) {
        h.combine(extended)
        h.combine(offset)
        h.combine(sweep)
    }
}
