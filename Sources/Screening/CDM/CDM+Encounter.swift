extension CDM {
    /// Earth's rotation rate (rad/s), to turn ITRF velocities into those of an inertial frame
    /// aligned with ITRF at TCA.
    static let earthRotationRate = 7.292115146706979e-5

    /// The object's state at TCA in metres and m/s in an inertial frame: EME2000 and GCRF as
    /// given; ITRF states get ω × r added to the velocity (the inertial frame momentarily aligned
    /// with ITRF, enough for the few minutes of an encounter). Covariances are rotated from the
    /// object's RTN frame.
    public static func conjunctionObject(_ object: CDMObject) -> ConjunctionObject? {
        let r = object.position * 1000
        var v = object.velocity * 1000
        if object.metadata.refFrame.uppercased().hasPrefix("ITRF") {
            v += SIMD3(-earthRotationRate * r.y, earthRotationRate * r.x, 0)
        }
        return ConjunctionObject(position: r, velocity: v, rtnCovariance: object.covariance.positionVelocity)
    }

    /// The conjunction this message describes, with hard-body radius `hardBodyRadius` (m); nil
    /// when a state defines no RTN frame (zero or radial velocity).
    public func conjunction(hardBodyRadius: Double) -> Encounter? {
        guard let p = Self.conjunctionObject(object1), let s = Self.conjunctionObject(object2) else { return nil }
        return Encounter(primary: p, secondary: s, hardBodyRadius: hardBodyRadius)
    }
}
