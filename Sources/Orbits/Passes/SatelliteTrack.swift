/// One satellite's Earth-fixed (ITRF) states on the search grid, the exact evaluator used to
/// refine between grid points, and the bounds on its speed and acceleration that make the
/// search exhaustive.
struct SatelliteTrack {
    let propagator: SGP4Propagator
    let start: Instant
    /// Grid times, seconds since `start`.
    let times: [Double]
    var positions: [SIMD3<Double>]
    var velocities: [SIMD3<Double>]
    var valid: [Bool]
    /// Upper bound of the Earth-fixed speed, km/s.
    let maximumSpeed: Double
    /// Upper bound of the Earth-fixed acceleration, km/s².
    let maximumAcceleration: Double
    /// Lower bound of the geocentric distance, km.
    let minimumRadius: Double
    /// The first SGP4 error met on the grid, if any.
    let firstError: SGP4Error?
    /// `start` in minutes since the element set's epoch.
    let startMinutesSinceEpoch: Double
    /// The TEME → ITRF rotations at the grid times (shared by every satellite).
    let rotations: [EarthRotation]
    /// Rate of GMST-82 at the start, rad/s (constant to 1e-17 rad over a grid step).
    let siderealRate: Double

    /// Storage a worker reuses from one satellite to the next (no allocation, no page faults).
    struct Buffers {
        var positions: [SIMD3<Double>] = []
        var velocities: [SIMD3<Double>] = []
        var valid: [Bool] = []
    }

    /// Builds the track from TEME grid states (`ephemeris` row `row`) and the grid rotations,
    /// taking its arrays from `buffers` (give them back with `recycle(into:)`).
    init(
        propagator: SGP4Propagator, start: Instant, times: [Double], rotations: [EarthRotation],
        ephemeris: Ephemeris, row: Int, buffers: inout Buffers
    ) {
        self.propagator = propagator
        self.start = start
        self.times = times
        startMinutesSinceEpoch = start.minutes(since: propagator.elements.epoch)
        self.rotations = rotations
        let t = ((start.julianDay - 2_451_545.0) + start.fraction) / 36_525.0
        siderealRate =
            (876_600.0 * 3600 + 8_640_184.812866 + 2 * 0.093104 * t - 3 * 6.2e-6 * t * t) / (36_525.0 * 86_400.0)
            * (2 * Double.pi / 86_400.0)
        let count = times.count
        var positions: [SIMD3<Double>] = []
        var velocities: [SIMD3<Double>] = []
        var valid: [Bool] = []
        swap(&positions, &buffers.positions)
        swap(&velocities, &buffers.velocities)
        swap(&valid, &buffers.valid)
        if positions.count != count {
            positions = [SIMD3<Double>](repeating: .zero, count: count)
            velocities = [SIMD3<Double>](repeating: .zero, count: count)
            valid = [Bool](repeating: false, count: count)
        }
        var firstError: SGP4Error?
        var radii = (minimum: Double.infinity, maximum: 0.0)
        var sampledSpeed = 0.0
        for k in 0..<count {
            if let code = ephemeris.error(satellite: row, time: k) {
                valid[k] = false
                if firstError == nil {
                    let minutes = start.adding(seconds: times[k]).minutes(since: propagator.elements.epoch)
                    firstError = SGP4Error(code: code, minutesSinceEpoch: minutes, value: .nan)
                }
                continue
            }
            let teme = ephemeris.state(satellite: row, time: k)
            let itrf = rotations[k].itrf(fromTEMEPosition: teme.position, velocity: teme.velocity)
            positions[k] = itrf.position
            velocities[k] = itrf.velocity
            valid[k] = true
            sampledSpeed = Swift.max(sampledSpeed, (itrf.velocity * itrf.velocity).sum())
            let radius = (itrf.position * itrf.position).sum().squareRoot()
            radii = (Swift.min(radii.minimum, radius), Swift.max(radii.maximum, radius))
        }
        self.positions = positions
        self.velocities = velocities
        self.valid = valid
        self.firstError = firstError

        // Bounds: perigee and apogee of the mean orbit and the sampled radii, with margins for
        // short-period terms and decay between samples.
        let gravity = propagator.gravity
        let a = propagator.semiMajorAxis * gravity.radius
        let e = propagator.elements.eccentricity
        let rMin = Swift.max(6000.0, Swift.min(radii.minimum, a * (1 - e)) - 50.0)
        let rMax = Swift.max(radii.maximum.isFinite ? radii.maximum : 0, a * (1 + e)) + 50.0
        let omega = SiderealTime.earthRotationRate
        minimumRadius = rMin
        // Escape speed at the lowest radius plus the frame's rotation bounds any Earth-fixed
        // speed; the acceleration bound (gravity with 1% for J2, Coriolis, centrifugal) follows.
        let looseSpeed = (2 * gravity.mu / rMin).squareRoot() + omega * rMax
        func accelerationBound(_ speed: Double) -> Double {
            1.01 * gravity.mu / (rMin * rMin) + 2 * omega * speed + omega * omega * rMax
        }
        // Between grid points the speed differs from the nearer sample by at most a·h/2, so the
        // sampled maximum gives a much tighter bound (a GEO satellite barely moves in this frame).
        var largestStep = 0.0
        for k in 1..<Swift.max(1, count) { largestStep = Swift.max(largestStep, times[k] - times[k - 1]) }
        let sampled = sampledSpeed.squareRoot() + accelerationBound(looseSpeed) * 0.5 * largestStep
        maximumSpeed = firstError == nil ? Swift.min(looseSpeed, sampled) : looseSpeed
        maximumAcceleration = accelerationBound(maximumSpeed)
    }

    /// Earth-fixed states at many times (seconds since `start`) in one SIMD batch call: the
    /// refinement of a whole satellite's crossings or culminations at once. Nil where SGP4 fails.
    func states(at seconds: [Double]) -> [PassSearch.State?] {
        guard !seconds.isEmpty else { return [] }
        var ephemeris = Ephemeris(satelliteCount: 0, timeCount: 0)
        SGP4Batch([propagator]).propagate(
            minutesSinceEpoch: seconds.map { startMinutesSinceEpoch + $0 / 60.0 }, into: &ephemeris, threads: 1)
        return seconds.indices.map { j in
            guard ephemeris.error(satellite: 0, time: j) == nil else { return nil }
            let teme = ephemeris.state(satellite: 0, time: j)
            let itrf = rotation(at: seconds[j]).itrf(fromTEMEPosition: teme.position, velocity: teme.velocity)
            return PassSearch.State(position: itrf.position, velocity: itrf.velocity)
        }
    }

    /// Gives the arrays back to `buffers` for the next satellite.
    mutating func recycle(into buffers: inout Buffers) {
        swap(&positions, &buffers.positions)
        swap(&velocities, &buffers.velocities)
        swap(&valid, &buffers.valid)
    }

    /// The exact Earth-fixed state at `seconds` after `start`, or nil where SGP4 fails.
    func state(at seconds: Double) -> (position: SIMD3<Double>, velocity: SIMD3<Double>)? {
        guard let teme = try? propagator.state(minutesSinceEpoch: startMinutesSinceEpoch + seconds / 60.0) else {
            return nil
        }
        return rotation(at: seconds).itrf(fromTEMEPosition: teme.position, velocity: teme.velocity)
    }

    /// The rotation at `seconds`: the nearest grid rotation turned by the sidereal rate times the
    /// offset (|Δθ| ≤ 0.005 rad, so sin and cos of Δθ are exact to double precision with a few
    /// Taylor terms), instead of GMST and its sine and cosine from scratch.
    func rotation(at seconds: Double) -> EarthRotation {
        let count = times.count
        var k = count > 1 ? Int((seconds / (times[1] - times[0])).rounded()) : 0
        k = Swift.min(Swift.max(k, 0), count - 1)
        if k + 1 < count && abs(times[k + 1] - seconds) < abs(times[k] - seconds) { k += 1 }
        var rotation = rotations[k]
        let d = siderealRate * (seconds - times[k])
        guard abs(d) < 0.01 else {
            let gmst = SiderealTime.gmst82(julianDay: start.julianDay, fraction: start.fraction + seconds / 86_400.0)
            return EarthRotation(gmst: gmst)
        }
        let d2 = d * d
        let sinD = d * (1 - d2 / 6 * (1 - d2 / 20 * (1 - d2 / 42)))
        let cosD = 1 - d2 / 2 * (1 - d2 / 12 * (1 - d2 / 30))
        let (c, s) = (rotation.cosGMST, rotation.sinGMST)
        rotation.cosGMST = c * cosD - s * sinD
        rotation.sinGMST = s * cosD + c * sinD
        rotation.gmst += d
        return rotation
    }
}
