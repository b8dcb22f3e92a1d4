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
        var start: Sample
        var end: Sample
        var fromStart: Bool
        var toEnd: Bool
    }

    /// The passes of this satellite over this station, in time order.
    func passes(satellite: Int, station stationIndex: Int, span: Double) -> [Pass] {
        let found = crossings()
        var windows: [Window] = []
        var open: Sample? = found.start
        var openedAtStart = found.start != nil
        for crossing in found.crossings {
            var sample = crossing.sample
            sample.t = crossing.time
            if crossing.rising {
                if open == nil {
                    open = sample
                    openedAtStart = false
                }
            } else if let start = open {
                windows.append(Window(start: start, end: sample, fromStart: openedAtStart, toEnd: false))
                open = nil
            }
        }
        if let start = open, let end = track.valid.last == true ? gridSample(track.times.count - 1) : sample(at: span) {
            windows.append(Window(start: start, end: end, fromStart: openedAtStart, toEnd: true))
        }

        var result: [Pass] = []
        for window in windows {
            if station.mask.isConstant {
                if let pass = makePass(satellite: satellite, station: stationIndex, window: window) {
                    result.append(pass)
                }
            } else {
                for part in maskedWindows(window.start.t, window.end.t) {
                    guard let first = sample(at: part.start), let last = sample(at: part.end) else { continue }
                    let piece = Window(
                        start: first, end: last, fromStart: window.fromStart && part.start == window.start.t,
                        toEnd: window.toEnd && part.end == window.end.t)
                    if let pass = makePass(satellite: satellite, station: stationIndex, window: piece) {
                        result.append(pass)
                    }
                }
            }
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
                if above { partStart = edge } else if let s = partStart {
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

    /// Builds a pass on a window: culmination where d(sin el)/dt changes from + to −.
    func makePass(satellite: Int, station stationIndex: Int, window: Window) -> Pass? {
        let from = window.start.t
        let to = window.end.t
        guard to > from else { return nil }
        func rate(_ s: Sample) -> Double { station.sinElevation(position: s.position, velocity: s.velocity).rate }
        // Rates at AOS, at the grid points inside, and at LOS.
        var points: [(t: Double, rate: Double)] = [(from, rate(window.start))]
        var k = firstGridIndex(after: from)
        while k < track.times.count && track.times[k] < to {
            if track.valid[k] {
                points.append(
                    (track.times[k], station.sinElevation(position: track.positions[k], velocity: track.velocities[k]).rate))
            }
            k += 1
        }
        points.append((to, rate(window.end)))

        var best = (t: from, value: station.sinElevation(position: window.start.position, velocity: window.start.velocity).value,
                    position: window.start.position)
        let atEnd = station.sinElevation(position: window.end.position, velocity: window.end.velocity).value
        if atEnd > best.value { best = (to, atEnd, window.end.position) }
        for i in 0 ..< points.count - 1 where points[i].rate > 0 && points[i + 1].rate <= 0 {
            if let top = culmination(points[i].t, points[i].rate, points[i + 1].t, points[i + 1].rate) {
                let value = station.sinElevation(position: top.position, velocity: top.velocity).value
                if value > best.value { best = (top.t, value, top.position) }
            }
        }
        let degrees = 180.0 / Double.pi
        return Pass(
            satellite: satellite, catalogNumber: track.propagator.elements.catalogNumber, station: stationIndex,
            aos: track.start.adding(seconds: from), culmination: track.start.adding(seconds: best.t),
            los: track.start.adding(seconds: to), maximumElevation: asin(Swift.min(1, best.value)) * degrees,
            aosAzimuth: azimuth(window.start.position) * degrees, culminationAzimuth: azimuth(best.position) * degrees,
            losAzimuth: azimuth(window.end.position) * degrees, startsAtSpanStart: window.fromStart,
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

    /// The culmination between a (rising elevation) and b (falling), by the Illinois method on
    /// d(sin el)/dt to 1 ms; returns the last state evaluated there.
    func culmination(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double) -> Sample? {
        var (a, fa, b, fb) = (a, fa, b, fb)
        var side = 0
        var last: Sample?
        var previous = Double.nan
        for _ in 0 ..< 60 {
            var c = (a * fb - b * fa) / (fb - fa)
            if !(c > a && c < b) { c = 0.5 * (a + b) }
            guard let s = sample(at: c) else { return last }
            last = s
            if abs(c - previous) < 1e-3 || b - a < 1e-3 { return s }
            previous = c
            let fc = station.sinElevation(position: s.position, velocity: s.velocity).rate
            if fc > 0 {
                (a, fa) = (c, fc)
                if side == -1 { fb *= 0.5 }
                side = -1
            } else {
                (b, fb) = (c, fc)
                if side == 1 { fa *= 0.5 }
                side = 1
            }
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
