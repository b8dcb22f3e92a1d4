import Orbits

/// The relative metadata and data of a CDM (508.0-B-1 §3.3): TCA, miss distance, the relative
/// state in the primary's RTN frame, the screening volume and period, and the probability.
public struct CDMRelativeData: Sendable, Hashable {
    /// `COMMENT` lines of this block.
    public var comments: [String] = []
    /// `TCA`: time of closest approach (UTC).
    public var tca: Instant
    /// `MISS_DISTANCE` (m).
    public var missDistance: Double
    /// `RELATIVE_SPEED` (m/s).
    public var relativeSpeed: Double?
    /// `RELATIVE_POSITION_R/T/N` (m): secondary relative to primary, in the primary's RTN frame.
    public var relativePosition: SIMD3<Double>?
    /// `RELATIVE_VELOCITY_R/T/N` (m/s), same frame.
    public var relativeVelocity: SIMD3<Double>?
    /// `START_SCREEN_PERIOD` (UTC).
    public var startScreenPeriod: Instant?
    /// `STOP_SCREEN_PERIOD` (UTC).
    public var stopScreenPeriod: Instant?
    /// `SCREEN_VOLUME_FRAME`: `RTN` or `TVN`.
    public var screenVolumeFrame: String?
    /// `SCREEN_VOLUME_SHAPE`: `ELLIPSOID` or `BOX`.
    public var screenVolumeShape: String?
    /// `SCREEN_VOLUME_X/Y/Z` (m): the screening volume's semi-axes.
    public var screenVolume: SIMD3<Double>?
    /// `SCREEN_ENTRY_TIME` (UTC): when the secondary entered the screening volume.
    public var screenEntryTime: Instant?
    /// `SCREEN_EXIT_TIME` (UTC).
    public var screenExitTime: Instant?
    /// `COLLISION_PROBABILITY` (0 … 1).
    public var collisionProbability: Double?
    /// `COLLISION_PROBABILITY_METHOD` (e.g. `FOSTER-1992`, `ALFANO-2005`).
    public var collisionProbabilityMethod: String?
    /// Keywords of a later CDM version (2.0) not modelled here, kept in order to be written back.
    public var otherKeywords: [CDMKeywordValue] = []

    /// Relative data with the two mandatory fields; the rest is set afterwards.
    public init(tca: Instant, missDistance: Double) {
        self.tca = tca
        self.missDistance = missDistance
    }
}
