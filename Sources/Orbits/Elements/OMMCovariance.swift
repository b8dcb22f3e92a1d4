/// The 6×6 position/velocity covariance of an OMM (`COV_REF_FRAME`, `CX_X` … `CZ_DOT_Z_DOT`).
///
/// Units: km² (position), km²/s (position × velocity), km²/s² (velocity).
public struct OMMCovariance: Sendable, Hashable {
    /// `COV_REF_FRAME` (e.g. `TEME`, `RSW`, `TNW`); `nil` means the message's `REF_FRAME`.
    public var referenceFrame: String?
    /// The 21 values of the lower triangle, row by row, in the standard's order:
    /// `CX_X, CY_X, CY_Y, CZ_X, CZ_Y, CZ_Z, CX_DOT_X, …, CZ_DOT_Z_DOT`.
    public var lowerTriangle: [Double]

    /// Creates a covariance from its 21 lower-triangle values (row by row); `nil` if the count is not 21.
    public init?(referenceFrame: String? = nil, lowerTriangle: [Double]) {
        guard lowerTriangle.count == 21 else { return nil }
        self.referenceFrame = referenceFrame
        self.lowerTriangle = lowerTriangle
    }

    /// Element (`row`, `column`) of the symmetric matrix, rows and columns 0 ..< 6 in the order
    /// x, y, z, ẋ, ẏ, ż.
    public subscript(row: Int, column: Int) -> Double {
        let (r, c) = row >= column ? (row, column) : (column, row)
        return lowerTriangle[r * (r + 1) / 2 + c]
    }
}
