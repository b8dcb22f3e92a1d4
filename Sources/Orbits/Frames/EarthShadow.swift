#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a satellite is in the Earth's shadow.
///
/// Two models, both with a spherical Earth and positions in one Earth-centred frame (TEME
/// with ``Sun/position(julianDateTT:)``), km:
/// - ``isSunlit(position:sunPosition:earthRadius:)``: the line from the satellite toward the
///   centre of the Sun misses the Earth, exactly skyfield's `is_sunlit` (sphere of radius
///   6378.1366 km): the shadow boundary is the middle of the penumbra.
/// - ``illumination(position:sunPosition:)``: Vallado's `shadow` algorithm (Fundamentals of Astrodynamics), a conical
///   umbra and penumbra with the Sun's real angular radius.
public enum EarthShadow {
    /// Earth radius used by skyfield's `is_sunlit` (`ERAD`, IERS 2010), km.
    public static let skyfieldEarthRadius: Double = 6378.1366

    /// Whether the satellite at `position` (km, geocentric) sees the centre of the Sun at
    /// `sunPosition` (km, geocentric, same frame) past a sphere of `earthRadius` km.
    @inlinable
    public static func isSunlit(
        position: SIMD3<Double>, sunPosition: SIMD3<Double>, earthRadius: Double = skyfieldEarthRadius
    ) -> Bool {
        // Ray s(t) = position + t · û (û toward the Sun): it hits the sphere at t > 0 iff the
        // far root of t² + 2 (p·û) t + (|p|² − R²) = 0 is positive.
        let toSun = sunPosition - position
        let u = toSun / (toSun * toSun).sum().squareRoot()
        let b = (position * u).sum()
        let c = (position * position).sum() - earthRadius * earthRadius
        let discriminant = b * b - c
        if discriminant < 0 { return true }
        return -b + discriminant.squareRoot() <= 0
    }

    /// Angular radius of the umbra cone, radians (Vallado: 0.264121687°).
    public static let umbraAngle: Double = 0.264121687 * Double.pi / 180.0
    /// Angular radius of the penumbra cone, radians (Vallado: 0.269007205°).
    public static let penumbraAngle: Double = 0.269007205 * Double.pi / 180.0

    /// Conical shadow (Vallado's `shadow`, Earth radius 6378.137 km): whether the satellite at
    /// `position` (km) is sunlit, in penumbra or in umbra, with the Sun at `sunPosition` (km).
    @inlinable
    public static func illumination(position: SIMD3<Double>, sunPosition: SIMD3<Double>) -> Illumination {
        let sunDirection = sunPosition / (sunPosition * sunPosition).sum().squareRoot()
        // Distance behind the Earth along the anti-Sun axis, and off that axis.
        let horizontal = -(position * sunDirection).sum()
        if horizontal <= 0 { return .sunlit }
        let offAxis = position + horizontal * sunDirection
        let vertical = (offAxis * offAxis).sum().squareRoot()
        let radius = WGS84.equatorialRadius
        let penumbraVertical = tan(penumbraAngle) * (radius / sin(penumbraAngle) + horizontal)
        if vertical > penumbraVertical { return .sunlit }
        let umbraVertical = tan(umbraAngle) * (radius / sin(umbraAngle) - horizontal)
        return vertical <= umbraVertical ? .umbra : .penumbra
    }
}
