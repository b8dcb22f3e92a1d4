import Orbits

/// An independent check for synthetic cases: the minimum distance of two objects over a
/// span by direct SGP4 every 0.25 s, then golden-section search on the best sample's
/// neighbourhood. Slow and simple; shares nothing with the screener but `SGP4Propagator`.
enum BruteForce {
    static func minimum(
        _ a: MeanElements, _ b: MeanElements, start: Instant, span: Double
    ) throws -> (seconds: Double, distance: Double) {
        let pa = SGP4Propagator(a)
        let pb = SGP4Propagator(b)
        let ma = start.minutes(since: a.epoch)
        let mb = start.minutes(since: b.epoch)
        func distance(_ s: Double) throws -> Double {
            let d =
                try pb.state(minutesSinceEpoch: mb + s / 60).position
                - pa.state(minutesSinceEpoch: ma + s / 60).position
            return (d * d).sum().squareRoot()
        }
        var best = (seconds: 0.0, distance: Double.infinity)
        var s = 0.0
        while s <= span {
            let d = try distance(s)
            if d < best.distance { best = (s, d) }
            s += 0.25
        }
        var lo = Swift.max(0, best.seconds - 0.25)
        var hi = Swift.min(span, best.seconds + 0.25)
        for _ in 0..<80 {
            let m1 = lo + (hi - lo) * 0.381966
            let m2 = hi - (hi - lo) * 0.381966
            if try distance(m1) < distance(m2) { hi = m2 } else { lo = m1 }
        }
        let t = (lo + hi) / 2
        return (t, try distance(t))
    }
}
