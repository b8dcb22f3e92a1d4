/// A 3×3 rotation matrix stored as three row vectors, for frame changes in hot loops.
///
/// `apply(_:)` computes `M · v` and `applyTransposed(_:)` computes `Mᵀ · v` (the inverse
/// rotation), both without allocation. Rows are `SIMD3<Double>` so a product is three dot
/// products the compiler vectorises.
public struct RotationMatrix: Sendable, Hashable {
    /// First row of the matrix.
    public var row0: SIMD3<Double>
    /// Second row of the matrix.
    public var row1: SIMD3<Double>
    /// Third row of the matrix.
    public var row2: SIMD3<Double>

    /// Creates a matrix from its rows (the caller guarantees orthonormality).
    @inlinable
    public init(row0: SIMD3<Double>, row1: SIMD3<Double>, row2: SIMD3<Double>) {
        self.row0 = row0
        self.row1 = row1
        self.row2 = row2
    }

    /// The identity matrix.
    public static let identity = RotationMatrix(
        row0: SIMD3(1, 0, 0), row1: SIMD3(0, 1, 0), row2: SIMD3(0, 0, 1))

    /// `M · v`.
    @inlinable
    public func apply(_ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((row0 * v).sum(), (row1 * v).sum(), (row2 * v).sum())
    }

    /// `Mᵀ · v` (the inverse rotation for an orthonormal matrix).
    @inlinable
    public func applyTransposed(_ v: SIMD3<Double>) -> SIMD3<Double> {
        row0 * v.x + row1 * v.y + row2 * v.z
    }

    /// The transposed (inverse) matrix.
    @inlinable
    public var transposed: RotationMatrix {
        RotationMatrix(
            row0: SIMD3(row0.x, row1.x, row2.x),
            row1: SIMD3(row0.y, row1.y, row2.y),
            row2: SIMD3(row0.z, row1.z, row2.z))
    }

    /// The matrix product `self · other`.
    @inlinable
    public func multiplied(by other: RotationMatrix) -> RotationMatrix {
        let t = other.transposed
        return RotationMatrix(
            row0: t.apply(row0), row1: t.apply(row1), row2: t.apply(row2))
    }
}
