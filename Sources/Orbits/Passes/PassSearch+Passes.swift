#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension PassSearch {
    /// A stretch of time above the mask's lowest elevation, with the states at its ends.
    struct Window {
        var start: Double
        var startState: State
        var end: Double
        var endState: State
        var fromStart: Bool
        var toEnd: Bool
    }

    /// The windows above the mask's lowest elevation, from resolved crossings in time order.
    func windows(visibleAtStart: Bool, crossings: [Crossing], span: Double) -> [Window] {
        var windows: [Window] = []
        let last = track.times.count - 1
        var open: (time: Double, state: State)? = visibleAtStart ? (0, gridState(0)) : nil
        var openedAtStart = visibleAtStart
        for crossing in crossings {
            if crossing.rising {
                if open == nil {
                    open = (crossing.time, crossing.state)
                    openedAtStart = false
                }
            } else if let start = open {
                windows.append(
                    Window(
                        start: start.time, startState: start.state, end: crossing.time, endState: crossing.state,
                        fromStart: openedAtStart, toEnd: false))
                open = nil
            }
        }
        if let start = open {
            let endState = track.valid[last] ? gridState(last) : evaluate(at: span)?.state
            if let endState {
                windows.append(
                    Window(
                        start: start.time, startState: start.state, end: span, endState: endState,
                        fromStart: openedAtStart, toEnd: true))
            }
        }
        return windows
    }

    /// The pass plans of a window: one for a constant mask; for an azimuth-dependent mask,
    /// one per part of the window that clears it.
    func plans(for window: Window) -> [PassPlan] {
        if station.mask.isConstant { return [plan(window)].compactMap { $0 } }
        var result: [PassPlan] = []
        for part in maskedWindows(window.start, window.end) {
            guard let first = evaluate(at: part.start), let last = evaluate(at: part.end) else { continue }
            let piece = Window(
                start: part.start, startState: first.state, end: part.end, endState: last.state,
                fromStart: window.fromStart && part.start == window.start,
                toEnd: window.toEnd && part.end == window.end)
            if let plan = plan(piece) { result.append(plan) }
        }
        return result
    }

    /// The parts of a window (where elevation ≥ the mask's lowest value) that clear an
    /// azimuth-dependent mask: clearance sampled every second, changes bisected to 1 ms.
    func maskedWindows(_ start: Double, _ end: Double) -> [(start: Double, end: Double)] {
        func clearance(_ t: Double) -> Double {
            guard let state = track.state(at: t) else { return -1 }
            return station.clearance(position: state.position)
        }
        func bisect(_ a: Double, _ b: Double, aboveAtA: Bool) -> Double {
            var (lo, hi) = (a, b)
            while hi - lo > 1e-3 {
                let mid = 0.5 * (lo + hi)
                if (clearance(mid) >= 0) == aboveAtA { lo = mid } else { hi = mid }
            }
            return 0.5 * (lo + hi)
        }
        var parts: [(start: Double, end: Double)] = []
        var previousTime = start
        var previousAbove = clearance(start) >= 0
        var partStart: Double? = previousAbove ? start : nil
        var t = start
        while t < end {
            t = Swift.min(end, t + 1.0)
            let above = clearance(t) >= 0
            if above != previousAbove {
                let edge = bisect(previousTime, t, aboveAtA: previousAbove)
                if above {
                    partStart = edge
                } else if let s = partStart {
                    parts.append((s, edge))
                    partStart = nil
                }
            }
            previousTime = t
            previousAbove = above
        }
        if let s = partStart { parts.append((s, end)) }
        return parts
    }

    /// sin(elevation) of an Earth-fixed position.
    func sinElevation(of position: SIMD3<Double>) -> Double {
        let d = position - station.frame.position
        return (d * station.frame.up).sum() / (d * d).sum().squareRoot()
    }

    /// sin(elevation) and its rate at a time.
    struct ElevationPoint {
        var t: Double
        var value: Double
        var rate: Double
        var position: SIMD3<Double>
    }

    func elevationPoint(_ t: Double, _ position: SIMD3<Double>, _ velocity: SIMD3<Double>) -> ElevationPoint {
        let e = station.sinElevation(position: position, velocity: velocity)
        return ElevationPoint(t: t, value: e.value, rate: e.rate, position: position)
    }

    /// A pass waiting for its culmination: its window, the higher end, and the brackets where
    /// d(sin el)/dt changes from + to − with the first guess of each.
    struct PassPlan {
        var window: Window
        var best: ElevationPoint
        var brackets: [CulminationBracket]
    }

    /// A culmination being refined: the bracket (rate > 0 at `lower`, ≤ 0 at `upper`), the next
    /// time to evaluate, the slope of the rate to use for the Newton step (the Hermite cubic's
    /// first, then the secant of the last two evaluations), and the result once found.
    struct CulminationBracket {
        var lower: ElevationPoint
        var upper: ElevationPoint
        var guess: Double
        var slope: Double
        var previous: ElevationPoint?
        var result: ElevationPoint?
        var settled = false

        /// Takes the state at `guess`: accepts a Newton step under 5 ms, otherwise narrows the
        /// bracket and sets the next guess.
        mutating func take(_ point: ElevationPoint, velocity: SIMD3<Double>) {
            if let previous, point.t != previous.t { slope = (point.rate - previous.rate) / (point.t - previous.t) }
            previous = point
            if point.rate > 0 { lower = point } else { upper = point }
            let newton = point.t - point.rate / slope
            guard slope < 0, newton > lower.t, newton < upper.t else {
                guess = 0.5 * (lower.t + upper.t)
                return
            }
            if abs(newton - point.t) < 5e-3 {
                result = ElevationPoint(
                    t: newton, value: point.value, rate: 0, position: point.position + velocity * (newton - point.t))
                settled = true
            } else {
                guess = newton
            }
        }
    }

    /// Plans a pass on a window: the culmination brackets between AOS, the grid points inside
    /// the pass and LOS, with their first guesses (no SGP4 evaluation).
    func plan(_ window: Window) -> PassPlan? {
        let from = window.start
        let to = window.end
        guard to > from else { return nil }
        let first = elevationPoint(from, window.startState.position, window.startState.velocity)
        let last = elevationPoint(to, window.endState.position, window.endState.velocity)
        var plan = PassPlan(window: window, best: first.value >= last.value ? first : last, brackets: [])
        var previous = first
        var k = firstGridIndex(after: from)
        while true {
            let point: ElevationPoint
            if k < track.times.count && track.times[k] < to {
                defer { k += 1 }
                guard track.valid[k] else { continue }
                point = elevationPoint(track.times[k], track.positions[k], track.velocities[k])
            } else {
                point = last
            }
            if previous.rate > 0 && point.rate <= 0 {
                let cubic = culminationGuess(previous, point)
                let h = point.t - previous.t
                // d(rate)/dt of the cubic at its maximum.
                let slope = (2 * cubic.c2 * ((cubic.time - previous.t) / h) + cubic.c1) / h
                plan.brackets.append(
                    CulminationBracket(lower: previous, upper: point, guess: cubic.time, slope: slope))
            }
            previous = point
            if point.t == to { break }
        }
        return plan
    }

    /// Finishes a planned pass: the settled culminations, and the Illinois search (one
    /// evaluation at a time) for any bracket the batched rounds did not settle.
    func finish(_ plan: PassPlan, satellite: Int, station stationIndex: Int) -> Pass? {
        var best = plan.best
        for bracket in plan.brackets {
            var top = bracket.result
            if top == nil { top = culmination(bracket.lower, bracket.upper) }
            if let top {
                // The value at a settled culmination is recomputed from its carried position.
                let value = top.rate == 0 && bracket.result != nil ? sinElevation(of: top.position) : top.value
                if value > best.value { best = ElevationPoint(t: top.t, value: value, rate: 0, position: top.position) }
            }
        }
        let window = plan.window
        let degrees = 180.0 / Double.pi
        return Pass(
            satellite: satellite, catalogNumber: track.propagator.elements.catalogNumber, station: stationIndex,
            aos: track.start.adding(seconds: window.start), culmination: track.start.adding(seconds: best.t),
            los: track.start.adding(seconds: window.end), maximumElevation: asin(Swift.min(1, best.value)) * degrees,
            aosAzimuth: azimuth(window.startState.position) * degrees,
            culminationAzimuth: azimuth(best.position) * degrees,
            losAzimuth: azimuth(window.endState.position) * degrees, startsAtSpanStart: window.fromStart,
            endsAtSpanEnd: window.toEnd)
    }

    /// Index of the first grid time strictly after `t` (binary search).
    func firstGridIndex(after t: Double) -> Int {
        var (lo, hi) = (0, track.times.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if track.times[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The maximum of the cubic Hermite interpolant of sin(elevation) between a rising and a
    /// falling point, and the cubic's rate coefficients (p′(s)/h = c2 s² + c1 s + c0).
    func culminationGuess(_ lower: ElevationPoint, _ upper: ElevationPoint) -> (time: Double, c2: Double, c1: Double) {
        let (a, fa, b, fb) = (lower.t, lower.rate, upper.t, upper.rate)
        let h = b - a
        let d = (upper.value - lower.value) / h
        let c2 = 3 * (fa + fb) - 6 * d
        let c1 = 6 * d - 4 * fa - 2 * fb
        let c0 = fa
        var guess = fa / (fa - fb)
        if abs(c2) > 1e-300 {
            let disc = c1 * c1 - 4 * c2 * c0
            if disc >= 0 {
                let q = -0.5 * (c1 + (c1 >= 0 ? 1 : -1) * disc.squareRoot())
                for root in [q / c2, c0 / q] where root > 0 && root < 1 { guess = root }
            }
        }
        return (a + guess * h, c2, c1)
    }

    /// The culmination between a (elevation rising) and b (falling): first guess at the
    /// maximum of the cubic Hermite interpolant of sin(elevation), then the Illinois method
    /// on d(sin el)/dt to 1 ms. Returns the last point evaluated there.
    func culmination(_ lower: ElevationPoint, _ upper: ElevationPoint) -> ElevationPoint? {
        var (a, fa, b, fb) = (lower.t, lower.rate, upper.t, upper.rate)
        let cubic = culminationGuess(lower, upper)
        let (c2, c1, h) = (cubic.c2, cubic.c1, upper.t - lower.t)
        let guess = (cubic.time - a) / h
        let origin = a
        var c = a + guess * h
        var side = 0
        var last: ElevationPoint?
        var previous = Double.nan
        for iteration in 0..<60 {
            if !(c > a && c < b) { c = 0.5 * (a + b) }
            guard let s = track.state(at: c) else { return last }
            let point = elevationPoint(c, s.position, s.velocity)
            last = point
            if abs(c - previous) < 1e-3 || b - a < 1e-3 { return point }
            if iteration == 0 {
                // Newton with the cubic's curvature: the rate's slope there is (2 c2 s + c1)/h.
                let slope = (2 * c2 * ((c - origin) / h) + c1) / h
                let newton = c - point.rate / slope
                if slope < 0 && abs(newton - c) < 5e-3 && newton > a && newton < b {
                    return elevationPoint(newton, s.position + s.velocity * (newton - c), s.velocity)
                }
            }
            previous = c
            if point.rate > 0 {
                (a, fa) = (c, point.rate)
                if side == -1 { fb *= 0.5 }
                side = -1
            } else {
                (b, fb) = (c, point.rate)
                if side == 1 { fa *= 0.5 }
                side = 1
            }
            let next = (a * fb - b * fa) / (fb - fa)
            if abs(next - c) < 5e-3 && next > a && next < b {
                // The secant has converged to a few ms: move the last state there along its
                // velocity (position error ~ a·dt²/2 < 0.1 mm) instead of evaluating again.
                return elevationPoint(next, s.position + s.velocity * (next - c), s.velocity)
            }
            c = next
        }
        return last
    }

    /// Azimuth of an Earth-fixed position, radians clockwise from north in 0 ..< 2π.
    func azimuth(_ r: SIMD3<Double>) -> Double {
        let enu = station.frame.enu(ofECEF: r)
        let a = atan2(enu.x, enu.y)
        return a < 0 ? a + 2 * Double.pi : a
    }
}
