/// How close two objects must come to be reported: a sphere (a miss distance) or an
/// ellipsoid on the primary's R/T/N axes, as operators' screening volumes are.
public enum ScreeningThreshold: Sendable, Hashable {
    /// A miss distance, km.
    case distance(km: Double)
    /// Semi-axes along radial, transverse and normal of the primary at TCA, km.
    case ellipsoid(radialKm: Double, transverseKm: Double, normalKm: Double)

    /// The radius of the sphere that contains the volume, km: what the screen searches with
    /// before the exact test at TCA.
    public var enclosingRadius: Double {
        switch self {
        case .distance(let km): km
        case .ellipsoid(let r, let t, let n): Swift.max(r, t, n)
        }
    }

    /// Whether a relative position `rtn` (km, on the primary's R/T/N axes) lies inside.
    @inlinable
    public func contains(rtn: SIMD3<Double>) -> Bool {
        switch self {
        case .distance(let km):
            return (rtn * rtn).sum() <= km * km
        case .ellipsoid(let r, let t, let n):
            let q = rtn / SIMD3(r, t, n)
            return (q * q).sum() <= 1
        }
    }
}
