import Orbits

/// One object's segment of a CDM (508.0-B-1 §3.4–3.5): metadata, OD and additional parameters,
/// the state at TCA and its covariance in the object's RTN frame.
public struct CDMObject: Sendable, Hashable {
    /// The metadata block (`OBJECT` … `INTRACK_THRUST`).
    public var metadata: CDMMetadata
    /// `COMMENT` lines at the start of the data block.
    public var dataComments: [String] = []
    /// OD parameters (`TIME_LASTOB_START` … `WEIGHTED_RMS`), absent when none is given.
    public var odParameters: CDMParameterBlock?
    /// Additional parameters (`AREA_PC` … `SEDR`), absent when none is given.
    public var additionalParameters: CDMParameterBlock?
    /// `COMMENT` lines of the state vector block.
    public var stateComments: [String] = []
    /// `X`, `Y`, `Z` (km) in `REF_FRAME`.
    public var position: SIMD3<Double>
    /// `X_DOT`, `Y_DOT`, `Z_DOT` (km/s) in `REF_FRAME`.
    public var velocity: SIMD3<Double>
    /// `COMMENT` lines of the covariance block.
    public var covarianceComments: [String] = []
    /// The covariance in the object's RTN frame.
    public var covariance: CDMCovariance
    /// Keywords of a later CDM version (2.0) not modelled here, kept in order.
    public var otherKeywords: [CDMKeywordValue] = []

    /// An object segment with its mandatory parts.
    public init(metadata: CDMMetadata, position: SIMD3<Double>, velocity: SIMD3<Double>, covariance: CDMCovariance) {
        self.metadata = metadata
        self.position = position
        self.velocity = velocity
        self.covariance = covariance
    }
}
