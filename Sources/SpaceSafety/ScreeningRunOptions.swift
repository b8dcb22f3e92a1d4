import Orbits
import Screening

/// What a screening run of the fleet covers: the span, the distance threshold and the
/// hard-body radius its maximum probabilities are computed with. Kept with the run and with
/// every observation, so that a CDM can be written again later with the same screening period
/// and volume.
public struct ScreeningRunOptions: Codable, Sendable, Hashable {
    /// The longest span a run may cover, s (7 days).
    public static let maximumSpanSeconds = 7 * 86_400.0
    /// The largest threshold, km (operators screen LEO at 2-10 km; 50 km bounds the work).
    public static let maximumThresholdKm = 50.0
    /// The default threshold, km.
    public static let defaultThresholdKm = 5.0
    /// The default combined hard-body radius, m (CARA's usual default when sizes are unknown).
    public static let defaultHardBodyRadiusMeters = 20.0

    /// Start of the span (UTC).
    public var start: Instant
    /// Length of the span, s (at most ``maximumSpanSeconds``).
    public var spanSeconds: Double
    /// Miss distance threshold, km.
    public var thresholdKm: Double
    /// Combined hard-body radius for the maximum probability of collision, m.
    public var hardBodyRadiusMeters: Double

    /// Creates options.
    public init(
        start: Instant, spanSeconds: Double = 86_400, thresholdKm: Double = ScreeningRunOptions.defaultThresholdKm,
        hardBodyRadiusMeters: Double = ScreeningRunOptions.defaultHardBodyRadiusMeters
    ) {
        self.start = start
        self.spanSeconds = spanSeconds
        self.thresholdKm = thresholdKm
        self.hardBodyRadiusMeters = hardBodyRadiusMeters
    }

    /// End of the span.
    public var end: Instant { start.adding(seconds: spanSeconds) }

    /// Checks the ranges, naming the API field (`spanHours`, `thresholdKm`, `hardBodyRadiusMeters`).
    public func validate() throws(SafetyError) {
        guard spanSeconds.isFinite, spanSeconds > 0, spanSeconds <= Self.maximumSpanSeconds else {
            throw SafetyError(
                .invalidOption, field: "spanHours", detail: "\(spanSeconds / 3600) h is not in (0, 168] h")
        }
        guard thresholdKm.isFinite, thresholdKm > 0, thresholdKm <= Self.maximumThresholdKm else {
            throw SafetyError(
                .invalidOption, field: "thresholdKm",
                detail: "\(thresholdKm) km is not in (0, \(Int(Self.maximumThresholdKm))] km")
        }
        guard hardBodyRadiusMeters.isFinite, hardBodyRadiusMeters > 0, hardBodyRadiusMeters <= 1000 else {
            throw SafetyError(
                .invalidOption, field: "hardBodyRadiusMeters", detail: "\(hardBodyRadiusMeters) m is not in (0, 1000] m")
        }
    }

    /// The screening engine's options for `primaries` (catalog numbers).
    public func screeningOptions(primaries: Set<Int>) -> ScreeningOptions {
        ScreeningOptions(
            start: start, spanSeconds: spanSeconds, threshold: .distance(km: thresholdKm), primaries: primaries)
    }
}
