import Orbits

extension Screener {
    /// The conjunction of objects `i` and `j` at `s` seconds from the start: the primary is
    /// the screened primary (or, all-vs-all, the earlier object in the catalog).
    func conjunction(
        _ i: Int, _ j: Int, at s: Double, flags: ConjunctionFlags, motion: inout PairMotion
    ) -> Conjunction? {
        guard let (a, b) = motion.states(at: s) else { return nil }
        let swap = isPrimary.map { !$0[i] && $0[j] } ?? false
        let (p, q) = swap ? (j, i) : (i, j)
        let (ps, qs) = swap ? (b, a) : (a, b)
        let dr = qs.position - ps.position
        let dv = qs.velocity - ps.velocity
        guard let frame = RTNFrame(ps) else { return nil }
        return Conjunction(
            primary: objects[p], secondary: objects[q], tca: options.start.adding(seconds: s), tcaSeconds: s,
            missDistance: (dr * dr).sum().squareRoot(), relativeSpeed: (dv * dv).sum().squareRoot(),
            rtnPosition: frame.components(of: dr), rtnVelocity: frame.components(of: dv),
            primaryState: ps, secondaryState: qs, flags: flags)
    }

    /// The minimum distance over the span of a co-moving pair: Brent's method over one step
    /// either side of each node where the sampled distance is a local minimum (the 16
    /// smallest), keeping the least.
    func comovingMinimum(
        _ group: ArraySlice<CandidateWindow>, _ i: Int, _ j: Int, motion: inout PairMotion
    ) -> Conjunction? {
        let windows = Array(group)
        var minima: [CandidateWindow] = []
        for (n, w) in windows.enumerated() {
            let left = n > 0 && windows[n - 1].node == w.node - 1 ? windows[n - 1].distance : .infinity
            let right = n + 1 < windows.count && windows[n + 1].node == w.node + 1 ? windows[n + 1].distance : .infinity
            if w.distance <= left && w.distance <= right { minima.append(w) }
        }
        minima.sort { ($0.distance, $0.node) < ($1.distance, $1.node) }
        var best: (time: Double, distance: Double)?
        for w in minima.prefix(16) {
            let t = Double(w.node) * step
            let low = Swift.max(0, t - step)
            let high = Swift.min(options.spanSeconds, t + step)
            guard low < high else { continue }
            let m = motion.minimumDistance(low: low, high: high)
            if best == nil || m.distance < best!.distance { best = m }
        }
        guard let best else { return nil }
        var flags: ConjunctionFlags = .comoving
        if best.time <= 0 { flags.insert(.spanStart) }
        if best.time >= options.spanSeconds { flags.insert(.spanEnd) }
        return conjunction(i, j, at: best.time, flags: flags, motion: &motion)
    }
}
