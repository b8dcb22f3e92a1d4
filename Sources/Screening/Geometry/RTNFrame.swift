import Orbits

/// The radial / transverse / normal frame of an object at one instant, as CCSDS CDMs
/// (508.0-B-1 §3.5) express relative positions, velocities and covariances.
///
/// R points from the Earth's centre to the object, N along its orbital angular momentum
/// (r × v), and T = N × R completes the right-handed triad (close to the velocity on
/// near-circular orbits). Built from a TEME (or any inertial) state; the axes are unit vectors
/// in that frame.
public struct RTNFrame: Sendable, Hashable {
    /// Unit radial axis, in the inertial frame of the state it was built from.
    public let radial: SIMD3<Double>
    /// Unit transverse (in-track) axis.
    public let transverse: SIMD3<Double>
    /// Unit normal (cross-track) axis, along r × v.
    public let normal: SIMD3<Double>

    /// The frame of an object at `position` (km) moving at `velocity` (km/s); nil when the two
    /// are parallel or either is zero, where no orbital plane is defined.
    public init?(position: SIMD3<Double>, velocity: SIMD3<Double>) {
        let r = (position * position).sum().squareRoot()
        let h = Self.cross(position, velocity)
        let hn = (h * h).sum().squareRoot()
        guard r > 0, hn > 1e-12 * r * (velocity * velocity).sum().squareRoot() else { return nil }
        radial = position / r
        normal = h / hn
        transverse = Self.cross(normal, radial)
    }

    /// The frame of `state` (TEME position km, velocity km/s).
    public init?(_ state: StateVector) {
        self.init(position: state.position, velocity: state.velocity)
    }

    /// `vector` (given in the inertial frame) expressed on the R, T, N axes.
    @inlinable
    public func components(of vector: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((radial * vector).sum(), (transverse * vector).sum(), (normal * vector).sum())
    }

    /// The inertial vector whose R, T, N components are `rtn`.
    @inlinable
    public func inertial(from rtn: SIMD3<Double>) -> SIMD3<Double> {
        radial * rtn.x + transverse * rtn.y + normal * rtn.z
    }

    @inlinable
    static func cross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
    }
}
