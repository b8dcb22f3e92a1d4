/// A 3×3 real matrix stored by rows, for the small frame rotations and covariances of a
/// conjunction (metres, seconds). Kept local to the collision code: plain value arithmetic,
/// no allocation.
public struct Matrix3: Sendable, Hashable {
    /// First row.
    public var r0: SIMD3<Double>
    /// Second row.
    public var r1: SIMD3<Double>
    /// Third row.
    public var r2: SIMD3<Double>

    /// The matrix with these rows.
    @inlinable
    public init(rows r0: SIMD3<Double>, _ r1: SIMD3<Double>, _ r2: SIMD3<Double>) {
        self.r0 = r0
        self.r1 = r1
        self.r2 = r2
    }

    /// The matrix whose columns are `c0`, `c1`, `c2`.
    @inlinable
    public init(columns c0: SIMD3<Double>, _ c1: SIMD3<Double>, _ c2: SIMD3<Double>) {
        self.init(rows: SIMD3(c0.x, c1.x, c2.x), SIMD3(c0.y, c1.y, c2.y), SIMD3(c0.z, c1.z, c2.z))
    }

    /// The symmetric matrix with these six distinct entries.
    @inlinable
    public init(symmetric xx: Double, _ xy: Double, _ xz: Double, _ yy: Double, _ yz: Double, _ zz: Double) {
        self.init(rows: SIMD3(xx, xy, xz), SIMD3(xy, yy, yz), SIMD3(xz, yz, zz))
    }

    /// The identity.
    public static let identity = Matrix3(rows: SIMD3(1, 0, 0), SIMD3(0, 1, 0), SIMD3(0, 0, 1))
    /// The zero matrix.
    public static let zero = Matrix3(rows: .zero, .zero, .zero)

    /// Entry at `row`, `column` (0-based).
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        switch row {
        case 0: r0[column]
        case 1: r1[column]
        default: r2[column]
        }
    }

    /// The transpose.
    @inlinable
    public var transposed: Matrix3 { Matrix3(columns: r0, r1, r2) }

    /// Matrix × vector.
    @inlinable
    public static func * (m: Matrix3, v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((m.r0 * v).sum(), (m.r1 * v).sum(), (m.r2 * v).sum())
    }

    /// Matrix × matrix.
    @inlinable
    public static func * (a: Matrix3, b: Matrix3) -> Matrix3 {
        let t = b.transposed
        func row(_ r: SIMD3<Double>) -> SIMD3<Double> {
            SIMD3((r * t.r0).sum(), (r * t.r1).sum(), (r * t.r2).sum())
        }
        return Matrix3(rows: row(a.r0), row(a.r1), row(a.r2))
    }

    /// Entry-wise sum.
    @inlinable
    public static func + (a: Matrix3, b: Matrix3) -> Matrix3 {
        Matrix3(rows: a.r0 + b.r0, a.r1 + b.r1, a.r2 + b.r2)
    }

    /// `self × m × selfᵀ`: a covariance `m` expressed in the frame whose axes are this matrix's rows.
    @inlinable
    public func congruence(_ m: Matrix3) -> Matrix3 { self * m * transposed }

    /// The quadratic form vᵀ M v.
    @inlinable
    public func quadratic(_ v: SIMD3<Double>) -> Double { (v * (self * v)).sum() }

    /// Eigenvalues of the symmetric part, ascending (cyclic Jacobi, to rounding).
    public var symmetricEigenvalues: [Double] {
        var a = [[Double]](repeating: [0, 0, 0], count: 3)
        for i in 0..<3 { for j in 0..<3 { a[i][j] = 0.5 * (self[i, j] + self[j, i]) } }
        for _ in 0..<50 {
            let off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2]
            let scale = a[0][0] * a[0][0] + a[1][1] * a[1][1] + a[2][2] * a[2][2]
            if off <= 1e-30 * scale || off == 0 { break }
            for (p, q) in [(0, 1), (0, 2), (1, 2)] where a[p][q] != 0 {
                let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot()
                let s = t * c
                for k in 0..<3 {
                    let akp = a[k][p]
                    let akq = a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                }
                for k in 0..<3 {
                    let apk = a[p][k]
                    let aqk = a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
                }
            }
        }
        return [a[0][0], a[1][1], a[2][2]].sorted()
    }
}

extension Matrix3 {
    /// The inverse, or nil when the matrix is singular.
    public var inverse: Matrix3? {
        let (a, b, c) = (r0, r1, r2)
        let c0 = SIMD3(b.y * c.z - b.z * c.y, b.z * c.x - b.x * c.z, b.x * c.y - b.y * c.x)
        let det = (a * c0).sum()
        guard det != 0, det.isFinite else { return nil }
        let c1 = SIMD3(c.y * a.z - c.z * a.y, c.z * a.x - c.x * a.z, c.x * a.y - c.y * a.x)
        let c2 = SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
        return Matrix3(columns: c0 / det, c1 / det, c2 / det)
    }
}
