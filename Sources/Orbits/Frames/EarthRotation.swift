#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rotation between TEME (the SGP4 output frame) and the Earth-fixed ITRF at one instant,
/// as Vallado's `teme2ecef` / `ecef2teme` (Vallado et al. 2006, AIAA 2006-6753, eq. C-1).
///
/// `r_ITRF = Wᵀ · R3(GMST82) · r_TEME` and `v_ITRF = Wᵀ · (R3(GMST82) · v_TEME − ω × r_PEF)`,
/// with `W` the polar-motion matrix and ω = ``SiderealTime/earthRotationRate`` about z.
/// Build one per time step and apply it to every satellite: each `apply` is a few
/// multiply-adds, no allocation, no trigonometry. Positions in km, velocities in km/s (any
/// consistent length unit works; velocities must be per second).
public struct EarthRotation: Sendable, Hashable {
    /// GMST (IAU-82) used for the rotation, radians.
    public var gmst: Double
    /// cos(GMST).
    public var cosGMST: Double
    /// sin(GMST).
    public var sinGMST: Double
    /// Earth rotation rate ω, rad/s.
    public var rotationRate: Double
    /// PEF → ITRF polar-motion rotation (`Wᵀ`); identity when `hasPolarMotion` is false.
    public var polarMotion: RotationMatrix
    /// Whether `polarMotion` is applied (false skips the product in the fast path).
    public var hasPolarMotion: Bool

    /// Creates the rotation for a GMST angle in radians (e.g. ``SiderealTime/gmst82(julianDateUT1:)``),
    /// with optional polar motion and rotation rate in rad/s.
    @inlinable
    public init(
        gmst: Double, polarMotion: PolarMotion = .zero,
        rotationRate: Double = SiderealTime.earthRotationRate
    ) {
        self.gmst = gmst
        self.cosGMST = cos(gmst)
        self.sinGMST = sin(gmst)
        self.rotationRate = rotationRate
        self.hasPolarMotion = polarMotion != .zero
        self.polarMotion = hasPolarMotion ? polarMotion.pefToITRF : .identity
    }

    /// Creates the rotation at a UTC instant, given UT1 − UTC in seconds (default 0) and the
    /// IERS pole coordinates (default none). GMST uses the two-part Julian date.
    @inlinable
    public init(at instant: Instant, ut1MinusUTC: Double = 0, polarMotion: PolarMotion = .zero) {
        self.init(gmst: SiderealTime.gmst82(at: instant, ut1MinusUTC: ut1MinusUTC), polarMotion: polarMotion)
    }

    /// TEME position → pseudo-Earth-fixed (PEF) position (rotation by GMST only).
    @inlinable
    public func pefPosition(fromTEME r: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(cosGMST * r.x + sinGMST * r.y, -sinGMST * r.x + cosGMST * r.y, r.z)
    }

    /// TEME position (km) → ITRF position (km).
    @inlinable
    public func itrfPosition(fromTEME r: SIMD3<Double>) -> SIMD3<Double> {
        let pef = pefPosition(fromTEME: r)
        return hasPolarMotion ? polarMotion.apply(pef) : pef
    }

    /// TEME state → ITRF state: position (km) and Earth-relative velocity (km/s),
    /// including the `−ω × r` term.
    @inlinable
    public func itrf(
        fromTEMEPosition r: SIMD3<Double>, velocity v: SIMD3<Double>
    ) -> (position: SIMD3<Double>, velocity: SIMD3<Double>) {
        let rp = pefPosition(fromTEME: r)
        var vp = pefPosition(fromTEME: v)
        vp.x += rotationRate * rp.y
        vp.y -= rotationRate * rp.x
        if hasPolarMotion {
            return (polarMotion.apply(rp), polarMotion.apply(vp))
        }
        return (rp, vp)
    }

    /// ITRF position (km) → TEME position (km) (the inverse rotation).
    @inlinable
    public func temePosition(fromITRF r: SIMD3<Double>) -> SIMD3<Double> {
        let p = hasPolarMotion ? polarMotion.applyTransposed(r) : r
        return SIMD3(cosGMST * p.x - sinGMST * p.y, sinGMST * p.x + cosGMST * p.y, p.z)
    }

    /// ITRF state (km, km/s, Earth-relative) → TEME state (km, km/s), as Vallado's `ecef2teme`:
    /// `v_TEME = R3(−GMST) · (v_PEF + ω × r_PEF)`.
    @inlinable
    public func teme(
        fromITRFPosition r: SIMD3<Double>, velocity v: SIMD3<Double>
    ) -> (position: SIMD3<Double>, velocity: SIMD3<Double>) {
        let rp = hasPolarMotion ? polarMotion.applyTransposed(r) : r
        var vp = hasPolarMotion ? polarMotion.applyTransposed(v) : v
        vp.x -= rotationRate * rp.y
        vp.y += rotationRate * rp.x
        let c = cosGMST, s = sinGMST
        return (
            SIMD3(c * rp.x - s * rp.y, s * rp.x + c * rp.y, rp.z),
            SIMD3(c * vp.x - s * vp.y, s * vp.x + c * vp.y, vp.z)
        )
    }
}
