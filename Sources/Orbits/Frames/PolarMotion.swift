#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Polar motion: the pole coordinates `xp`, `yp` of the IERS (Bulletin A/B, finals2000A),
/// the small rotation between the pseudo-Earth-fixed frame and the ITRF.
///
/// Stored in radians; IERS publishes them in arcseconds (typically |xp|, |yp| < 0.6″, i.e.
/// up to ~20 m on the ground). ``zero`` ignores polar motion (Vallado's PEF ≈ ITRF).
public struct PolarMotion: Sendable, Hashable {
    /// Pole x coordinate, radians.
    public var xRadians: Double
    /// Pole y coordinate, radians.
    public var yRadians: Double

    /// Creates polar motion from pole coordinates in radians.
    @inlinable
    public init(xRadians: Double, yRadians: Double) {
        self.xRadians = xRadians
        self.yRadians = yRadians
    }

    /// Creates polar motion from pole coordinates in arcseconds, as the IERS publishes them.
    @inlinable
    public init(xArcseconds: Double, yArcseconds: Double) {
        let arcsecond = Double.pi / (180.0 * 3600.0)
        self.init(xRadians: xArcseconds * arcsecond, yRadians: yArcseconds * arcsecond)
    }

    /// No polar motion (ITRF taken equal to the pseudo-Earth-fixed frame).
    public static let zero = PolarMotion(xRadians: 0, yRadians: 0)

    /// Pole x coordinate, arcseconds.
    @inlinable
    public var xArcseconds: Double { xRadians * (180.0 * 3600.0) / Double.pi }
    /// Pole y coordinate, arcseconds.
    @inlinable
    public var yArcseconds: Double { yRadians * (180.0 * 3600.0) / Double.pi }

    /// The PEF → ITRF rotation `Wᵀ`, with `W` Vallado's `polarm(xp, yp, ttt, '80')`
    /// (the IAU-76/FK5 form, without the TIO locator s′, which is < 0.1 mas).
    @inlinable
    public var pefToITRF: RotationMatrix {
        let cx = cos(xRadians), sx = sin(xRadians)
        let cy = cos(yRadians), sy = sin(yRadians)
        return RotationMatrix(
            row0: SIMD3(cx, sx * sy, sx * cy),
            row1: SIMD3(0, cy, -sy),
            row2: SIMD3(-sx, cx * sy, cx * cy))
    }
}
