/// Symmetric eigen-decomposition of a 6×6 covariance and the square root used to sample it.
///
/// Covariances mapped through a Jacobian (Cartesian to equinoctial) or written to a few digits in
/// a CDM are often only semi-definite in floating point: their smallest eigenvalues, ~1e-16 of the
/// largest, come out slightly negative and Cholesky fails. Sampling needs any `S` with
/// `S Sᵀ = C`; with the negative eigenvalues clipped to zero, `S = V √Λ` exists for every
/// symmetric `C` with one positive eigenvalue (CARA clips the same way before its Monte Carlo).
extension Covariance6 {
    /// Eigenvalues (ascending) and unit eigenvectors (column `k` of `vectors`, row-major 6×6) of
    /// the symmetric part of the matrix, by cyclic Jacobi rotations (converged to round-off).
    public var symmetricEigen: (values: [Double], vectors: [Double]) {
        var a = [Double](repeating: 0, count: 36)
        for i in 0..<6 { for j in 0..<6 { a[i * 6 + j] = 0.5 * (entries[i * 6 + j] + entries[j * 6 + i]) } }
        var v = [Double](repeating: 0, count: 36)
        for i in 0..<6 { v[i * 6 + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            var diagonal = 0.0
            for i in 0..<6 {
                diagonal += a[i * 6 + i] * a[i * 6 + i]
                for j in (i + 1)..<6 { off += a[i * 6 + j] * a[i * 6 + j] }
            }
            if off <= 1e-32 * diagonal || off == 0 { break }
            for p in 0..<5 {
                for q in (p + 1)..<6 where a[p * 6 + q] != 0 {
                    let theta = (a[q * 6 + q] - a[p * 6 + p]) / (2 * a[p * 6 + q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<6 {
                        let akp = a[k * 6 + p]
                        let akq = a[k * 6 + q]
                        a[k * 6 + p] = c * akp - s * akq
                        a[k * 6 + q] = s * akp + c * akq
                    }
                    for k in 0..<6 {
                        let apk = a[p * 6 + k]
                        let aqk = a[q * 6 + k]
                        a[p * 6 + k] = c * apk - s * aqk
                        a[q * 6 + k] = s * apk + c * aqk
                    }
                    for k in 0..<6 {
                        let vkp = v[k * 6 + p]
                        let vkq = v[k * 6 + q]
                        v[k * 6 + p] = c * vkp - s * vkq
                        v[k * 6 + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<6).sorted { a[$0 * 6 + $0] < a[$1 * 6 + $1] }
        var vectors = [Double](repeating: 0, count: 36)
        for (column, k) in order.enumerated() {
            for row in 0..<6 { vectors[row * 6 + column] = v[row * 6 + k] }
        }
        return (order.map { a[$0 * 6 + $0] }, vectors)
    }

    /// A matrix `S` (row-major 6×6) with `S Sᵀ` equal to this covariance with its negative
    /// eigenvalues set to zero, and how many were clipped; nil when no eigenvalue is positive or
    /// an entry is not finite.
    public var clippedSquareRoot: (factor: [Double], clipped: Int)? {
        guard entries.allSatisfy(\.isFinite) else { return nil }
        let (values, vectors) = symmetricEigen
        guard let largest = values.last, largest > 0 else { return nil }
        var factor = [Double](repeating: 0, count: 36)
        var clipped = 0
        for k in 0..<6 {
            let value = values[k]
            if value < 0 { clipped += 1 }
            let root = max(value, 0).squareRoot()
            for row in 0..<6 { factor[row * 6 + k] = vectors[row * 6 + k] * root }
        }
        return (factor, clipped)
    }
}
