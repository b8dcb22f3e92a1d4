#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Pc2D {
    /// The same 2D probability as ``probability(of:)`` computed a second, independent way: the
    /// bivariate Gaussian integrated over the disk in polar coordinates about the disk centre
    /// (nested adaptive Gauss–Kronrod in radius and angle, no error functions). Used to verify
    /// the main method; slower.
    public static func polarIntegral(of conjunction: Encounter, recentre: Bool = false) throws(PcError) -> Double {
        let hbr = conjunction.hardBodyRadius
        guard hbr.isFinite, hbr > 0 else { throw PcError(.invalidHardBodyRadius, field: "hardBodyRadius", value: hbr) }
        let plane = try EncounterPlane(conjunction, recentre: recentre)
        let (centre, sMinor, sMajor, _) = principalFrame(plane, hardBodyRadius: hbr)
        let norm = 1 / (2 * Double.pi * sMinor * sMajor)
        let inner = GaussKronrod(relativeTolerance: 1e-14)
        // Exponent offset so the integrand stays representable when the disk is many sigma away:
        // the largest density over the disk is at the point nearest the origin (in scaled units).
        let q0 = minimumExponent(centre: centre, su: sMajor, sw: sMinor, radius: hbr)
        func ring(_ alpha: Double) -> Double {
            let (ca, sa) = (cos(alpha), sin(alpha))
            let value = inner.integrate(
                { rho in
                    let u = (centre.x + rho * ca) / sMajor
                    let w = (centre.y + rho * sa) / sMinor
                    return rho * exp(-0.5 * (u * u + w * w) + q0)
                }, from: 0, to: hbr
            ).value
            return value
        }
        var breaks = [0.0, 2 * Double.pi]
        // Break at the direction towards the origin (the density peak side) and its opposite.
        let toward = atan2(-centre.y, -centre.x)
        for a in [toward, toward + Double.pi] {
            let wrapped = a < 0 ? a + 2 * Double.pi : (a >= 2 * Double.pi ? a - 2 * Double.pi : a)
            if wrapped > 0, wrapped < 2 * Double.pi { breaks.append(wrapped) }
        }
        breaks.sort()
        let outer = GaussKronrod(relativeTolerance: 1e-13).integrate(ring, breakpoints: breaks)
        return min(1, norm * outer.value * exp(-q0))
    }

    /// Half the smallest scaled squared distance from the origin to the disk, found by sampling
    /// the circle (a lower bound suffices for scaling: it is only an exponent offset).
    static func minimumExponent(centre: SIMD2<Double>, su: Double, sw: Double, radius: Double) -> Double {
        let inside = (centre * centre).sum() <= radius * radius
        if inside { return 0 }
        var best = Double.infinity
        for k in 0..<720 {
            let a = Double(k) * Double.pi / 360
            let u = (centre.x + radius * cos(a)) / su
            let w = (centre.y + radius * sin(a)) / sw
            best = min(best, 0.5 * (u * u + w * w))
        }
        return best
    }
}
