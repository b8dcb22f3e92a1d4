#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The exhaustive rise/set search of one satellite over one station.
///
/// 1. On the grid, g (see `VisibilityGeometry`) is known with its rate. Far below the
///    horizon the search jumps ahead by |g| / max|g′|: g cannot reach zero sooner.
/// 2. On each remaining interval `CurvatureBound` bounds g from its end values and rates
///    and a bound on |g″| from the satellite's maximum speed and acceleration; an interval
///    that may hide a sign change is bisected with exact SGP4 evaluations until it is
///    proven clear or shows the change.
/// 3. Each sign change is refined by safeguarded Newton (the rate is exact) to 0.1 ms.
/// So no pass longer than `resolution` is missed, however short, whatever the grid step.
struct PassSearch {
    let track: SatelliteTrack
    let station: VisibilityGeometry
    /// Length below which an undecided interval is no longer split, seconds.
    let resolution: Double
    /// Root tolerance, seconds.
    let tolerance = 1e-4

    /// A sign change of g: time (seconds since start) and direction.
    struct Crossing {
        var time: Double
        var rising: Bool
    }

    struct Sample {
        var t: Double
        var g: Double
        var rate: Double
    }

    /// Bound on |g″| over an interval whose ends are at ranges ρa and ρb from the station.
    func curvatureBound(rangeA: Double, rangeB: Double, length: Double) -> Double {
        let s = abs(station.sinMinimum)
        let floor = Swift.max(1.0, track.minimumRadius - (station.frame.position * station.frame.position).sum().squareRoot())
        let nearest = Swift.max(floor, 0.5 * (rangeA + rangeB - track.maximumSpeed * length))
        let a = track.maximumAcceleration
        let v = track.maximumSpeed
        return a * (1 + s) + s * v * v / nearest
    }

    func sample(at t: Double) -> (sample: Sample, range: Double)? {
        guard let state = track.state(at: t) else { return nil }
        let value = station.visibility(position: state.position, velocity: state.velocity)
        let d = state.position - station.frame.position
        return (Sample(t: t, g: value.g, rate: value.rate), (d * d).sum().squareRoot())
    }

    func gridSample(_ k: Int) -> (sample: Sample, range: Double)? {
        guard track.valid[k] else { return nil }
        let r = track.positions[k]
        let value = station.visibility(position: r, velocity: track.velocities[k])
        let d = r - station.frame.position
        return (Sample(t: track.times[k], g: value.g, rate: value.rate), (d * d).sum().squareRoot())
    }

    /// Every sign change of g over the span, and whether g ≥ 0 at the start.
    func crossings() -> (visibleAtStart: Bool, crossings: [Crossing]) {
        var result: [Crossing] = []
        let times = track.times
        let last = times.count - 1
        let rateBound = track.maximumSpeed * (1 + abs(station.sinMinimum))
        var k = 0
        while k <= last && !track.valid[k] { k += 1 }
        guard k <= last, var current = gridSample(k) else { return (false, []) }
        let visibleAtStart = k == 0 && current.sample.g >= 0
        while k < last {
            // Jump ahead while g cannot reach zero.
            if current.sample.g < 0 {
                let reach = times[k] + (-current.sample.g) / rateBound
                var next = k
                while next + 1 <= last && times[next + 1] < reach && track.valid[next + 1] { next += 1 }
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
                if current.sample.g >= 0 { result.append(Crossing(time: times[k], rising: false)) }
                if resumed.sample.g >= 0 { result.append(Crossing(time: times[next], rising: true)) }
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

    /// Finds the sign changes of g inside (a, b].
    func examine(_ a: (sample: Sample, range: Double), _ b: (sample: Sample, range: Double), into result: inout [Crossing]) {
        let h = b.sample.t - a.sample.t
        let ga = a.sample.g
        let gb = b.sample.g
        if (ga < 0) != (gb < 0) {
            // One change at least: refine it, then make sure no other hides on either side.
            guard let root = refineRoot(a.sample, b.sample) else { return }
            let guardBand = Swift.min(1e-3, 0.25 * h)
            // Crossings closer than the guard band to this one are not resolved.
            if root.t - a.sample.t > 2 * guardBand, let before = sample(at: root.t - guardBand) {
                examine(a, before, into: &result)
            }
            result.append(Crossing(time: root.t, rising: gb >= 0))
            if b.sample.t - root.t > 2 * guardBand, let after = sample(at: root.t + guardBand) {
                examine(after, b, into: &result)
            }
            return
        }
        let m = curvatureBound(rangeA: a.range, rangeB: b.range, length: h)
        let decided: Bool
        if ga < 0 {
            decided = CurvatureBound.maximum(f0: ga, d0: a.sample.rate, f1: gb, d1: b.sample.rate, h: h, m: m) < 0
        } else {
            decided = CurvatureBound.minimum(f0: ga, d0: a.sample.rate, f1: gb, d1: b.sample.rate, h: h, m: m) >= 0
        }
        if decided || h <= resolution { return }
        guard let middle = sample(at: a.sample.t + 0.5 * h) else { return }
        examine(a, middle, into: &result)
        examine(middle, b, into: &result)
    }

    /// The root of g between two samples of opposite sign, by Newton with bisection fallback.
    func refineRoot(_ a: Sample, _ b: Sample) -> Sample? {
        var lo = a
        var hi = b
        // Secant start.
        var t = lo.t - lo.g * (hi.t - lo.t) / (hi.g - lo.g)
        var best: Sample?
        for _ in 0 ..< 40 {
            guard let s = sample(at: t)?.sample else { return nil }
            best = s
            if (s.g < 0) == (lo.g < 0) { lo = s } else { hi = s }
            var next = s.rate != 0 ? t - s.g / s.rate : .nan
            if !(next > lo.t && next < hi.t) { next = 0.5 * (lo.t + hi.t) }
            if abs(next - t) < tolerance || hi.t - lo.t < tolerance {
                return sample(at: next)?.sample ?? best
            }
            t = next
        }
        return best
    }
}
