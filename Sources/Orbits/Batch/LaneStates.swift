/// TEME states of one lane vector from a SIMD kernel (km, km/s); `code` is Vallado's error
/// code per lane (0 = ok), and lanes with an error hold NaN.
@usableFromInline
struct LaneStates {
    @usableFromInline typealias V = SIMDMath.V
    @usableFromInline var x: V, y: V, z: V
    @usableFromInline var vx: V, vy: V, vz: V
    @usableFromInline var code: SIMDMath.Codes

    /// Zero states, to be overwritten in place.
    @inlinable @inline(__always) init() {
        (x, y, z, vx, vy, vz) = (V(), V(), V(), V(), V(), V())
        code = SIMDMath.Codes()
    }

    @inlinable @inline(__always) init(
        x: V, y: V, z: V, vx: V, vy: V, vz: V
    ) {
        (self.x, self.y, self.z, self.vx, self.vy, self.vz) = (x, y, z, vx, vy, vz)
        code = SIMDMath.Codes()
    }

    /// Sets `code` and NaN states in the lanes that fail, with the scalar path's precedence
    /// (2 before 1 before 3 before 4 before 6). Off the hot path: called only when a lane of
    /// the block is suspect.
    @usableFromInline @inline(never)
    mutating func flagErrors(
        meanMotion nm: V, meanEccentricity em: V, perturbedEccentricity ep: V?, semiLatusRectum pl: V,
        radius mrt: V
    ) {
        for lane in x.indices {
            var c: UInt8 = 0
            if nm[lane] <= 0 {
                c = 2
            } else if em[lane] >= 1.0 || em[lane] < -0.001 {
                c = 1
            } else if let ep, ep[lane] < 0.0 || ep[lane] > 1.0 {
                c = 3
            } else if pl[lane] < 0.0 {
                c = 4
            } else if mrt[lane] < 1.0 {
                c = 6
            }
            code[lane] = c
            if c != 0 {
                x[lane] = .nan
                y[lane] = .nan
                z[lane] = .nan
                vx[lane] = .nan
                vy[lane] = .nan
                vz[lane] = .nan
            }
        }
    }
}
