#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension GeodeticPosition {
    /// The geodetic position of an Earth-fixed (ITRF/ECEF) point in km, on WGS-84.
    ///
    /// Vermeille's closed form (H. Vermeille, "An analytical method to transform geocentric
    /// into geodetic coordinates", J. Geodesy 85 (2011) 105–117): exact, no iteration, valid
    /// everywhere including the poles, the equator, negative heights and inside the evolute
    /// (within ~43 km of the centre, where on the equatorial plane the northern solution is
    /// returned). Round-off is below 1e-9 km from the surface out to lunar distance.
    @inlinable
    public init(ecef position: SIMD3<Double>) {
        let a = WGS84.equatorialRadius
        let e2 = WGS84.eccentricitySquared
        let e4 = e2 * e2
        let x = position.x, y = position.y, z = position.z
        let rho = (x * x + y * y).squareRoot()
        let p = (x * x + y * y) / (a * a)
        let q = (1.0 - e2) * z * z / (a * a)
        let r = (p + q - e4) / 6.0
        let border = 8.0 * r * r * r + e4 * p * q
        let latitude: Double
        let height: Double
        if border > 0 || q != 0 {
            let u: Double
            if border > 0 {
                // Outside the evolute: Cardano's real root.
                let rad1 = border.squareRoot()
                let rad2 = (e4 * p * q).squareRoot()
                if border > 10.0 * e2 {
                    let rad3 = cbrt((rad1 + rad2) * (rad1 + rad2))
                    u = r + 0.5 * rad3 + 2.0 * r * r / rad3
                } else {
                    u =
                        r + 0.5 * cbrt((rad1 + rad2) * (rad1 + rad2))
                        + 0.5 * cbrt((rad1 - rad2) * (rad1 - rad2))
                }
            } else {
                // Inside the evolute, off the equatorial plane: trigonometric root.
                let rad1 = (-border).squareRoot()
                let rad2 = (-8.0 * r * r * r).squareRoot()
                let rad3 = (e4 * p * q).squareRoot()
                let angle = 2.0 * atan2(rad3, rad1 + rad2) / 3.0
                u = -4.0 * r * sin(angle) * cos(Double.pi / 6.0 + angle)
            }
            let v = (u * u + e4 * q).squareRoot()
            let w = e2 * (u + v - q) / (2.0 * v)
            let k = (u + v) / ((w * w + u + v).squareRoot() + w)
            let d = k * rho / (k + e2)
            let hyp = (d * d + z * z).squareRoot()
            height = (k + e2 - 1.0) * hyp / k
            latitude = 2.0 * atan2(z, hyp + d)
        } else {
            // On the equatorial plane inside the evolute (ρ ≤ a e²): the normal through the
            // point leaves the ellipse at tan φ = √(e⁴ − p) / (√p √(1 − e²)).
            latitude = atan2((e4 - p).squareRoot(), p.squareRoot() * (1.0 - e2).squareRoot())
            let s = sin(latitude)
            height = rho * cos(latitude) - a * (1.0 - e2 * s * s).squareRoot()
        }
        self.init(latitude: latitude, longitude: atan2(y, x), height: height)
    }
}
