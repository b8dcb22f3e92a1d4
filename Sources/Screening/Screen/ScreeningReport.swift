/// The result of a screening run: every conjunction within the threshold over the span,
/// sorted by TCA, and every object SGP4 could not propagate.
public struct ScreeningReport: Sendable {
    /// The options the screen ran with.
    public var options: ScreeningOptions
    /// Conjunctions sorted by TCA, then primary and secondary index.
    public var conjunctions: [Conjunction]
    /// Objects that failed to propagate at some node (reported, not dropped).
    public var failures: [ScreeningFailure]
    /// Counts from the run.
    public var statistics: ScreeningStatistics

    public init(
        options: ScreeningOptions, conjunctions: [Conjunction], failures: [ScreeningFailure],
        statistics: ScreeningStatistics
    ) {
        self.options = options
        self.conjunctions = conjunctions
        self.failures = failures
        self.statistics = statistics
    }
}
