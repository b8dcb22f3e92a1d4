#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension PassSearch {
    /// The passes of this satellite over this station, in time order.
    func passes(satellite: Int, station stationIndex: Int, span: Double) -> [Pass] {
        let found = crossings()
        var windows: [(start: Double, end: Double, fromStart: Bool, toEnd: Bool)] = []
        var open: Double? = found.visibleAtStart ? 0 : nil
        var openedAtStart = found.visibleAtStart
        for crossing in found.crossings {
            if crossing.rising {
                if open == nil {
                    open = crossing.time
                    openedAtStart = false
                }
            } else if let start = open {
                windows.append((start, crossing.time, openedAtStart, false))
                open = nil
            }
        }
        if let start = open { windows.append((start, span, openedAtStart, true)) }

        var result: [Pass] = []
        for window in windows {
            if station.mask.isConstant {
                if let pass = makePass(
                    satellite: satellite, station: stationIndex, from: window.start, to: window.end,
                    fromStart: window.fromStart, toEnd: window.toEnd)
                {
                    result.append(pass)
                }
            } else {
                for part in maskedWindows(window.start, window.end) {
                    if let pass = makePass(
                        satellite: satellite, station: stationIndex, from: part.start, to: part.end,
                        fromStart: window.fromStart && part.start == window.start,
                        toEnd: window.toEnd && part.end == window.end)
                    {
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

    /// Builds a pass on [from, to]: culmination where d(sin el)/dt changes from + to −.
    func makePass(satellite: Int, station stationIndex: Int, from: Double, to: Double, fromStart: Bool, toEnd: Bool)
        -> Pass?
    {
        guard to > from, let first = track.state(at: from), let last = track.state(at: to) else { return nil }
        func elevationRate(_ t: Double) -> Double? {
            guard let s = track.state(at: t) else { return nil }
            return station.sinElevation(position: s.position, velocity: s.velocity).rate
        }
        // Rates at AOS, at the grid points inside, and at LOS.
        var points: [(t: Double, rate: Double)] = [
            (from, station.sinElevation(position: first.position, velocity: first.velocity).rate)
        ]
        for (k, t) in track.times.enumerated() where t > from && t < to && track.valid[k] {
            points.append((t, station.sinElevation(position: track.positions[k], velocity: track.velocities[k]).rate))
        }
        points.append((to, station.sinElevation(position: last.position, velocity: last.velocity).rate))

        var candidates: [Double] = [from, to]
        for i in 0 ..< points.count - 1 where points[i].rate > 0 && points[i + 1].rate <= 0 {
            candidates.append(
                illinoisRoot(points[i].t, points[i].rate, points[i + 1].t, points[i + 1].rate, elevationRate))
        }
        var best = (t: from, sinElevation: -2.0, position: first.position)
        for t in candidates {
            guard let s = track.state(at: t) else { continue }
            let value = station.sinElevation(position: s.position, velocity: s.velocity).value
            if value > best.sinElevation { best = (t, value, s.position) }
        }
        let degrees = 180.0 / Double.pi
        return Pass(
            satellite: satellite, catalogNumber: track.propagator.elements.catalogNumber, station: stationIndex,
            aos: track.start.adding(seconds: from), culmination: track.start.adding(seconds: best.t),
            los: track.start.adding(seconds: to), maximumElevation: asin(Swift.min(1, best.sinElevation)) * degrees,
            aosAzimuth: azimuth(first.position) * degrees, culminationAzimuth: azimuth(best.position) * degrees,
            losAzimuth: azimuth(last.position) * degrees, startsAtSpanStart: fromStart, endsAtSpanEnd: toEnd)
    }

    /// Azimuth of an Earth-fixed position, radians clockwise from north in 0 ..< 2π.
    func azimuth(_ r: SIMD3<Double>) -> Double {
        let enu = station.frame.enu(ofECEF: r)
        let a = atan2(enu.x, enu.y)
        return a < 0 ? a + 2 * Double.pi : a
    }

    /// A root of f between a (f > 0) and b (f ≤ 0) by the Illinois method, to 1 ms.
    func illinoisRoot(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double, _ f: (Double) -> Double?) -> Double {
        var (a, fa, b, fb) = (a, fa, b, fb)
        var side = 0
        for _ in 0 ..< 60 {
            if b - a < 1e-3 { break }
            var c = (a * fb - b * fa) / (fb - fa)
            if !(c > a && c < b) { c = 0.5 * (a + b) }
            guard let fc = f(c) else { break }
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
        return fa == fb ? 0.5 * (a + b) : Swift.min(b, Swift.max(a, (a * fb - b * fa) / (fb - fa)))
    }
}
