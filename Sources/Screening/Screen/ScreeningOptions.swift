import Orbits

/// What to screen: the span, the threshold, optionally the primaries, and the tuning of
/// the coarse search (which changes speed, never the result).
public struct ScreeningOptions: Sendable, Hashable {
    /// Start of the span (UTC).
    public var start: Instant
    /// Length of the span, s (hours to 7 days).
    public var spanSeconds: Double
    /// Reporting threshold.
    public var threshold: ScreeningThreshold
    /// Catalog numbers of the primaries (screened against the whole catalog); nil screens
    /// every pair of the catalog.
    public var primaries: Set<Int>?
    /// Spacing of the coarse nodes, s. Every instant is within half a step of a node, and
    /// the bound between nodes makes the search exhaustive for any step; shorter steps cost
    /// more propagation, longer ones more pair tests.
    public var nodeStepSeconds: Double
    /// Relative speed below which a pair is co-moving (docked or formation flying), km/s.
    public var comovingSpeed: Double
    /// Worker threads (defaults to every active core).
    public var threads: Int

    public init(
        start: Instant, spanSeconds: Double, threshold: ScreeningThreshold, primaries: Set<Int>? = nil,
        nodeStepSeconds: Double = 30, comovingSpeed: Double = 0.010, threads: Int = BatchThreads.default
    ) {
        self.start = start
        self.spanSeconds = spanSeconds
        self.threshold = threshold
        self.primaries = primaries
        self.nodeStepSeconds = nodeStepSeconds
        self.comovingSpeed = comovingSpeed
        self.threads = threads
    }

    /// End of the span.
    public var end: Instant { start.adding(seconds: spanSeconds) }

    /// Checks the values a screen cannot run with.
    public func validate() throws(ScreeningError) {
        guard spanSeconds.isFinite, spanSeconds > 0 else {
            throw ScreeningError(code: .invalidSpan, field: "span", value: "\(spanSeconds)")
        }
        let axes: [Double] =
            switch threshold {
            case .distance(let km): [km]
            case .ellipsoid(let r, let t, let n): [r, t, n]
            }
        for axis in axes where !(axis.isFinite && axis > 0) {
            throw ScreeningError(code: .invalidThreshold, field: "threshold", value: "\(axis)")
        }
        guard nodeStepSeconds.isFinite, nodeStepSeconds > 0, nodeStepSeconds <= 120 else {
            throw ScreeningError(code: .invalidNodeStep, field: "nodeStep", value: "\(nodeStepSeconds)")
        }
        guard comovingSpeed.isFinite, comovingSpeed >= 0 else {
            throw ScreeningError(code: .invalidComovingSpeed, field: "comovingSpeed", value: "\(comovingSpeed)")
        }
    }
}
