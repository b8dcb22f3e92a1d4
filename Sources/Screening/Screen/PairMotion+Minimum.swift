extension PairMotion {
    /// Brent's minimisation of the distance over `[low, high]` to 1e-6 s (golden sections
    /// with parabolic steps): the co-moving path, where Δr·Δv need not change sign.
    mutating func minimumDistance(low: Double, high: Double) -> (time: Double, distance: Double) {
        let golden = 0.381_966_011_250_105_1
        var a = low
        var b = high
        var x = a + golden * (b - a)
        var w = x
        var v = x
        var fx = distance(at: x)
        var fw = fx
        var fv = fx
        var d = 0.0
        var e = 0.0
        for _ in 0..<200 {
            let m = (a + b) / 2
            let tol = 1e-6 + 1e-12 * abs(x)
            if abs(x - m) <= 2 * tol - (b - a) / 2 { break }
            var parabolic = false
            if abs(e) > tol {
                let r = (x - w) * (fx - fv)
                var q = (x - v) * (fx - fw)
                var p = (x - v) * q - (x - w) * r
                q = 2 * (q - r)
                if q > 0 { p = -p }
                q = abs(q)
                if abs(p) < abs(q * e / 2) && p > q * (a - x) && p < q * (b - x) {
                    e = d
                    d = p / q
                    parabolic = true
                    let u = x + d
                    if u - a < 2 * tol || b - u < 2 * tol { d = x < m ? tol : -tol }
                }
            }
            if !parabolic {
                e = (x < m ? b : a) - x
                d = golden * e
            }
            let u = abs(d) >= tol ? x + d : x + (d > 0 ? tol : -tol)
            let fu = distance(at: u)
            if fu <= fx {
                if u < x { b = x } else { a = x }
                (v, fv, w, fw, x, fx) = (w, fw, x, fx, u, fu)
            } else {
                if u < x { a = u } else { b = u }
                if fu <= fw || w == x {
                    (v, fv, w, fw) = (w, fw, u, fu)
                } else if fu <= fv || v == x || v == w {
                    (v, fv) = (u, fu)
                }
            }
        }
        // The ends themselves (a minimum at the edge of the span).
        let fl = distance(at: low)
        let fh = distance(at: high)
        if fl < fx { return (low, fl) }
        if fh < fx { return (high, fh) }
        return (x, fx)
    }
}
