/// One object of a conjunction at (or near) the time of closest approach: its inertial state
/// and the 6×6 covariance of that state, both in the same inertial frame (metres, m/s).
public struct ConjunctionObject: Sendable, Hashable {
    /// Position (m) in the inertial frame.
    public var position: SIMD3<Double>
    /// Velocity (m/s) in the inertial frame.
    public var velocity: SIMD3<Double>
    /// Position–velocity covariance (m², m²/s, m²/s²) in the same inertial frame.
    public var covariance: Covariance6

    /// An object with this state and covariance.
    public init(position: SIMD3<Double>, velocity: SIMD3<Double>, covariance: Covariance6) {
        self.position = position
        self.velocity = velocity
        self.covariance = covariance
    }

    /// An object whose covariance is given in its own RTN frame (as in a CDM); nil when the
    /// state defines no RTN frame.
    public init?(position: SIMD3<Double>, velocity: SIMD3<Double>, rtnCovariance: Covariance6) {
        guard let inertial = Covariance6.inertial(fromRTN: rtnCovariance, position: position, velocity: velocity)
        else { return nil }
        self.init(position: position, velocity: velocity, covariance: inertial)
    }
}
