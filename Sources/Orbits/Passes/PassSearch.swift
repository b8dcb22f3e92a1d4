/// The exhaustive rise/set search of one satellite over one station.
///
/// 1. On the grid, g (see `VisibilityGeometry`) is known with its rate. Far below the
///    horizon the search jumps ahead by |g| / max|g′|: g cannot reach zero sooner.
/// 2. On each remaining interval `CurvatureBound` bounds g from its end values and rates
///    and a bound on |g″| from the satellite's maximum speed and acceleration; an interval
///    that may hide a sign change is bisected with exact SGP4 evaluations until it is
///    proven clear or shows the change.
/// 3. Each sign change is refined by safeguarded Newton (the rate is exact) to 0.1 ms, and
///    the bound is applied again on either side of it, so two crossings closer than a grid
///    step are both found.
/// So no pass longer than `resolution` is missed, however short, whatever the grid step.
struct PassSearch {
    let track: SatelliteTrack
    let station: VisibilityGeometry
    /// Length below which an undecided interval is no longer split, seconds.
    let resolution: Double
    /// Root tolerance, seconds.
    let tolerance = 1e-4
    /// A Newton step shorter than this (seconds) ends the root refinement.
    let newtonAcceptance = 1e-2
    /// Bound on |g′|, km/s.
    let rateBound: Double
    /// Closest the satellite can come to the station, km.
    let closestRange: Double
    /// How far g′ from SGP4's velocity may be from the true derivative of g, km/s. SGP4's
    /// velocity omits the rates of some secular and periodic terms: measured up to 8.6e-4 km/s
    /// near earth and 7.6e-5 km/s in deep space (400 objects of the 2026-03-19 active set,
    /// python-sgp4, central differences); bounds allow 2e-3 km/s.
    let rateSlack: Double
    /// Bound on |g″| anywhere, km/s².
    let globalCurvature: Double

    init(track: SatelliteTrack, station: VisibilityGeometry, resolution: Double) {
        self.track = track
        self.station = station
        self.resolution = resolution
        rateBound = track.maximumSpeed * (1 + abs(station.sinMinimum))
        let stationRadius = (station.frame.position * station.frame.position).sum().squareRoot()
        closestRange = Swift.max(1.0, track.minimumRadius - stationRadius)
        rateSlack = 2e-3 * (1 + abs(station.sinMinimum))
        let s = abs(station.sinMinimum)
        let v = track.maximumSpeed
        globalCurvature = track.maximumAcceleration * (1 + s) + s * v * v / closestRange
    }

    /// g (km), its rate (km/s) and the range to the station (km) at a time (s since start).
    struct Sample {
        var t: Double
        var g: Double
        var rate: Double
        var range: Double
    }

    /// An Earth-fixed state (km, km/s).
    struct State {
        var position: SIMD3<Double>
        var velocity: SIMD3<Double>
    }

    /// A sign change of g: when, which way, g's rate and range there, and the state. A crossing
    /// found on the grid is first `pending` (bracketed by two samples, `time` the Hermite
    /// guess); `resolve` turns it into the root, with states evaluated for many crossings at once.
    struct Crossing {
        var time: Double
        var rising: Bool
        var sample: Sample
        var state: State
        var pending: (a: Sample, b: Sample)? = nil
    }

    /// Bound on |g″| over an interval whose ends are at ranges ρa and ρb from the station.
    func curvatureBound(rangeA: Double, rangeB: Double, length: Double) -> Double {
        let s = abs(station.sinMinimum)
        let nearest = Swift.max(closestRange, 0.5 * (rangeA + rangeB - track.maximumSpeed * length))
        let v = track.maximumSpeed
        return track.maximumAcceleration * (1 + s) + s * v * v / nearest
    }

    @inline(__always)
    func makeSample(_ t: Double, _ position: SIMD3<Double>, _ velocity: SIMD3<Double>) -> Sample {
        let d = position - station.frame.position
        let range = (d * d).sum().squareRoot()
        let up = (d * station.frame.up).sum()
        let g = up - station.sinMinimum * range
        let rate = (velocity * station.frame.up).sum() - station.sinMinimum * (d * velocity).sum() / range
        return Sample(t: t, g: g, rate: rate, range: range)
    }

    /// The exact sample and state at a time (SGP4), or nil where SGP4 fails.
    func evaluate(at t: Double) -> (sample: Sample, state: State)? {
        guard let state = track.state(at: t) else { return nil }
        return (
            makeSample(t, state.position, state.velocity), State(position: state.position, velocity: state.velocity)
        )
    }

    func sample(at t: Double) -> Sample? { evaluate(at: t)?.sample }

    @inline(__always)
    func gridSample(_ k: Int) -> Sample? {
        guard track.valid[k] else { return nil }
        return makeSample(track.times[k], track.positions[k], track.velocities[k])
    }

    func gridState(_ k: Int) -> State { State(position: track.positions[k], velocity: track.velocities[k]) }

    /// Every sign change of g over the span, and whether g ≥ 0 at the start.
    func crossings() -> (visibleAtStart: Bool, crossings: [Crossing]) {
        var result: [Crossing] = []
        let times = track.times
        let last = times.count - 1
        var k = 0
        while k <= last && !track.valid[k] { k += 1 }
        guard k <= last, var current = gridSample(k) else { return (false, []) }
        let visibleAtStart = k == 0 && current.g >= 0
        let uniformStep = times.count > 2 ? times[1] - times[0] : 0
        let jumpsByIndex = track.firstError == nil && uniformStep > 0
        while k < last {
            // Jump ahead while g cannot reach zero (from below or from above).
            do {
                let reach = times[k] + timeToReachZero(from: current)
                var next = k
                if jumpsByIndex {
                    // Uniform grid (all but the last step): the last index before `reach`.
                    let steps = (reach - times[k]) / uniformStep
                    next = Swift.min(last, k + Swift.max(0, Int(steps.rounded(.up)) - 1))
                    while next > k && times[next] >= reach { next -= 1 }
                } else {
                    while next + 1 <= last && times[next + 1] < reach && track.valid[next + 1] { next += 1 }
                }
                if next > k, let jumped = gridSample(next) {
                    k = next
                    current = jumped
                    if k == last { break }
                }
            }
            guard let following = gridSample(k + 1) else {
                // SGP4 failed at the next grid point: skip to the next valid one, invisible between.
                var next = k + 1
                while next <= last && !track.valid[next] { next += 1 }
                guard next <= last, let resumed = gridSample(next) else { break }
                if current.g >= 0 {
                    result.append(Crossing(time: current.t, rising: false, sample: current, state: gridState(k)))
                }
                if resumed.g >= 0 {
                    result.append(Crossing(time: resumed.t, rising: true, sample: resumed, state: gridState(next)))
                }
                k = next
                current = resumed
                continue
            }
            examine(current, following, into: &result)
            k += 1
            current = following
        }
        return (visibleAtStart, result)
    }

    /// A time (seconds) before which g cannot reach zero from `sample`: the later of
    /// |g| / max|g′| and the first root of −|g| + (g′ toward zero + δ)τ + Mτ²/2 with the
    /// curvature bound at the closest possible range.
    func timeToReachZero(from sample: Sample) -> Double {
        let distance = abs(sample.g)
        let slope = (sample.g < 0 ? sample.rate : -sample.rate) + rateSlack
        let byRate = distance / rateBound
        let m = globalCurvature
        let byCurvature = (-slope + (slope * slope + 2 * m * distance).squareRoot()) / m
        return Swift.max(byRate, byCurvature)
    }

    /// Finds the sign changes of g inside (a, b].
    func examine(_ a: Sample, _ b: Sample, into result: inout [Crossing]) {
        let h = b.t - a.t
        if (a.g < 0) != (b.g < 0) {
            // Deferred: `resolve` refines it (and checks either side) once the states at all the
            // guesses of this satellite have been computed together.
            let placeholder = Sample(t: 0, g: 0, rate: 0, range: 0)
            result.append(
                Crossing(
                    time: hermiteRoot(a, b), rising: b.g >= 0, sample: placeholder,
                    state: State(position: .zero, velocity: .zero), pending: (a, b)))
            return
        }
        // Cheap sufficient test first: the larger end value plus the worst slope and curvature
        // over the whole interval (no division). Most intervals are decided here.
        let reach = h * (rateBound + 0.5 * globalCurvature * h)
        if a.g < 0 ? Swift.max(a.g, b.g) + reach < 0 : Swift.min(a.g, b.g) - reach >= 0 { return }
        let m = curvatureBound(rangeA: a.range, rangeB: b.range, length: h)
        let decided: Bool
        if a.g < 0 {
            decided =
                CurvatureBound.maximum(f0: a.g, d0: a.rate, f1: b.g, d1: b.rate, h: h, m: m, rateSlack: rateSlack) < 0
        } else {
            decided =
                CurvatureBound.minimum(f0: a.g, d0: a.rate, f1: b.g, d1: b.rate, h: h, m: m, rateSlack: rateSlack) >= 0
        }
        if decided || h <= resolution { return }
        guard let middle = sample(at: a.t + 0.5 * h) else { return }
        examine(a, middle, into: &result)
        examine(middle, b, into: &result)
    }

    /// Proves that g keeps the sign of `end` between `end` and a guard band around the root
    /// (anchoring the right- or left-hand parabola at the root, where g = 0 within the root
    /// tolerance), or falls back to evaluating and examining that side.
    func examineBeside(_ end: Sample, root: Crossing, into result: inout [Crossing]) {
        let guardBand = 1e-3
        let isLeft = end.t < root.time
        let h = abs(root.time - end.t)
        guard h > 2 * guardBand else { return }
        let slope = root.sample.rate
        let slop = abs(slope) * 2 * tolerance
        let m = curvatureBound(rangeA: end.range, rangeB: root.sample.range, length: h)
        let proven: Bool
        if isLeft {
            proven =
                end.g < 0
                ? CurvatureBound.maximum(
                    f0: end.g, d0: end.rate, f1: slop, d1: slope, h: h, m: m, rateSlack: rateSlack, upper: h - guardBand
                ) < 0
                : CurvatureBound.minimum(
                    f0: end.g, d0: end.rate, f1: -slop, d1: slope, h: h, m: m, rateSlack: rateSlack,
                    upper: h - guardBand) >= 0
        } else {
            proven =
                end.g < 0
                ? CurvatureBound.maximum(
                    f0: slop, d0: slope, f1: end.g, d1: end.rate, h: h, m: m, rateSlack: rateSlack, lower: guardBand)
                    < 0
                : CurvatureBound.minimum(
                    f0: -slop, d0: slope, f1: end.g, d1: end.rate, h: h, m: m, rateSlack: rateSlack, lower: guardBand)
                    >= 0
        }
        if proven { return }
        guard let near = sample(at: root.time + (isLeft ? -guardBand : guardBand)) else { return }
        if isLeft { examine(end, near, into: &result) } else { examine(near, end, into: &result) }
    }

    /// Refines every pending crossing, given the state at each one's guess (nil where SGP4
    /// failed or it was not computed): a Newton step from that state is accepted when shorter
    /// than `newtonAcceptance`, otherwise the root is refined one evaluation at a time. Then
    /// either side of each root is proven free of other crossings (or examined). Returns the
    /// crossings in time order.
    func resolve(_ crossings: [Crossing], states: (Int) -> State?) -> [Crossing] {
        var result: [Crossing] = []
        result.reserveCapacity(crossings.count)
        for (index, crossing) in crossings.enumerated() {
            guard let (a, b) = crossing.pending else {
                result.append(crossing)
                continue
            }
            var root: (time: Double, sample: Sample, state: State)?
            if let state = states(index) {
                let s = makeSample(crossing.time, state.position, state.velocity)
                let newton = s.rate != 0 ? crossing.time - s.g / s.rate : .nan
                if newton > a.t && newton < b.t && abs(newton - crossing.time) < newtonAcceptance {
                    var atRoot = state
                    atRoot.position += state.velocity * (newton - crossing.time)
                    var sample = s
                    sample.t = newton
                    sample.g = 0
                    root = (newton, sample, atRoot)
                }
            }
            if root == nil { root = refineRoot(a, b) }
            guard let root else { continue }
            let resolved = Crossing(time: root.time, rising: b.g >= 0, sample: root.sample, state: root.state)
            var extra: [Crossing] = []
            examineBeside(a, root: resolved, into: &extra)
            examineBeside(b, root: resolved, into: &extra)
            result.append(resolved)
            if !extra.isEmpty {
                result += resolve(extra, states: { _ in nil })
            }
        }
        if result.count > 1 && zip(result, result.dropFirst()).contains(where: { $0.time > $1.time }) {
            result.sort { $0.time < $1.time }
        }
        return result
    }

    /// A first guess of the root: Newton on the cubic Hermite interpolant of g (values and
    /// rates at both ends), which is within milliseconds on a one-minute interval.
    func hermiteRoot(_ a: Sample, _ b: Sample) -> Double {
        let h = b.t - a.t
        var s = a.g / (a.g - b.g)
        for _ in 0..<6 {
            let s2 = s * s
            let s3 = s2 * s
            let p =
                (2 * s3 - 3 * s2 + 1) * a.g + (s3 - 2 * s2 + s) * h * a.rate + (3 * s2 - 2 * s3) * b.g
                + (s3 - s2) * h * b.rate
            let dp = (6 * s2 - 6 * s) * (a.g - b.g) + (3 * s2 - 4 * s + 1) * h * a.rate + (3 * s2 - 2 * s) * h * b.rate
            guard dp != 0 else { break }
            s = Swift.min(1, Swift.max(0, s - p / dp))
        }
        return a.t + s * h
    }

    /// The root of g between two samples of opposite sign, by Newton with bisection fallback;
    /// returns the root time and the last sample evaluated (within `tolerance` of it).
    func refineRoot(_ a: Sample, _ b: Sample) -> (time: Double, sample: Sample, state: State)? {
        var lo = a
        var hi = b
        var t = hermiteRoot(a, b)
        for _ in 0..<40 {
            guard let (s, state) = evaluate(at: t) else { return nil }
            if (s.g < 0) == (lo.g < 0) { lo = s } else { hi = s }
            let newton = s.rate != 0 ? t - s.g / s.rate : .nan
            if newton > lo.t && newton < hi.t {
                // Newton converges quadratically: after a step under 10 ms the root is known to
                // ~1e-8 s (1e-6 s with SGP4's velocity error), so stop without evaluating again,
                // and carry the state to the root along the velocity (error ~ a·dt²/2 < 1 mm).
                let step = newton - t
                if abs(step) < newtonAcceptance {
                    var atRoot = state
                    atRoot.position += state.velocity * step
                    var sample = s
                    sample.t = newton
                    sample.g = 0
                    return (newton, sample, atRoot)
                }
                t = newton
            } else {
                t = 0.5 * (lo.t + hi.t)
                if hi.t - lo.t < tolerance { return (t, s, state) }
            }
        }
        return nil
    }
}
