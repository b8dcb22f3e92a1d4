/// A 6×6 position–velocity covariance (m², m²/s, m²/s²) in one frame, stored row-major.
///
/// CDMs give it as the 21 lower-triangle entries in the object's RTN frame; ``inertial(from:)``
/// turns that into the inertial frame the states are in, which the probability methods need.
public struct Covariance6: Sendable, Hashable {
    /// The 36 entries, row-major, symmetric.
    public var entries: [Double]

    /// The covariance with these 36 row-major entries (not checked for symmetry).
    public init(entries: [Double]) {
        precondition(entries.count == 36, "a 6×6 covariance has 36 entries")
        self.entries = entries
    }

    /// The covariance whose lower triangle, row by row (CCSDS order: `CR_R, CT_R, CT_T, CN_R, …,
    /// CNDOT_NDOT`), is `lowerTriangle` (21 values).
    public init(lowerTriangle: [Double]) {
        precondition(lowerTriangle.count == 21, "the lower triangle of a 6×6 matrix has 21 entries")
        var e = [Double](repeating: 0, count: 36)
        var k = 0
        for i in 0..<6 {
            for j in 0...i {
                e[i * 6 + j] = lowerTriangle[k]
                e[j * 6 + i] = lowerTriangle[k]
                k += 1
            }
        }
        entries = e
    }

    /// The covariance of a position only (velocity block zero): for 3×3 reference inputs.
    public init(position: Matrix3) {
        var e = [Double](repeating: 0, count: 36)
        for i in 0..<3 { for j in 0..<3 { e[i * 6 + j] = position[i, j] } }
        entries = e
    }

    /// Entry at `row`, `column` (0-based).
    public subscript(row: Int, column: Int) -> Double { entries[row * 6 + column] }

    /// The 3×3 position block (m²).
    public var position: Matrix3 {
        Matrix3(
            rows: SIMD3(self[0, 0], self[0, 1], self[0, 2]), SIMD3(self[1, 0], self[1, 1], self[1, 2]),
            SIMD3(self[2, 0], self[2, 1], self[2, 2]))
    }

    /// The same covariance after the rotation whose rows are the new axes (`rotation`) is
    /// applied to both the position and the velocity blocks: `R C Rᵀ` with R = diag(rotation, rotation).
    public func rotated(by rotation: Matrix3) -> Covariance6 {
        var out = [Double](repeating: 0, count: 36)
        func r(_ i: Int, _ j: Int) -> Double { (i / 3 == j / 3) ? rotation[i % 3, j % 3] : 0 }
        var tmp = [Double](repeating: 0, count: 36)
        for i in 0..<6 {
            for j in 0..<6 {
                var s = 0.0
                for k in 0..<6 { s += r(i, k) * entries[k * 6 + j] }
                tmp[i * 6 + j] = s
            }
        }
        for i in 0..<6 {
            for j in 0..<6 {
                var s = 0.0
                for k in 0..<6 { s += tmp[i * 6 + k] * r(j, k) }
                out[i * 6 + j] = s
            }
        }
        return Covariance6(entries: out)
    }

    /// A covariance given in the RTN frame of an object at `position` (m) and `velocity`
    /// (m/s), expressed in that inertial frame (a pure rotation of both blocks, as CARA's tools
    /// do; the frame's rotation rate is not added to the velocity block). Nil when the state
    /// defines no orbital plane.
    public static func inertial(
        fromRTN rtn: Covariance6, position: SIMD3<Double>, velocity: SIMD3<Double>
    )
        -> Covariance6?
    {
        guard let frame = RTNFrame(position: position, velocity: velocity) else { return nil }
        // Rows of `toRTN` are the R, T, N axes; its transpose takes RTN components to inertial.
        let toRTN = Matrix3(rows: frame.radial, frame.transverse, frame.normal)
        return rtn.rotated(by: toRTN.transposed)
    }

    /// The Cholesky factor L (row-major, lower) with L Lᵀ = self, after clipping eigen-directions
    /// is not attempted: nil when the matrix is not positive definite.
    public var cholesky: [Double]? {
        var l = [Double](repeating: 0, count: 36)
        for i in 0..<6 {
            for j in 0...i {
                var s = entries[i * 6 + j]
                for k in 0..<j { s -= l[i * 6 + k] * l[j * 6 + k] }
                if i == j {
                    guard s > 0 else { return nil }
                    l[i * 6 + i] = s.squareRoot()
                } else {
                    l[i * 6 + j] = s / l[j * 6 + j]
                }
            }
        }
        return l
    }
}
