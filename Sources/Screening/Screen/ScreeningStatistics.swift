/// Counts from a screening run, for benchmarks and the documentation of the filter.
public struct ScreeningStatistics: Sendable, Hashable {
    /// Objects in the catalog.
    public var objects: Int = 0
    /// Coarse nodes (time steps) screened.
    public var nodes: Int = 0
    /// Pair distance tests made in the spatial hash.
    public var pairTests: Int = 0
    /// (pair, node) windows that passed the linear-motion bound.
    public var candidateWindows: Int = 0
    /// Distinct pairs with at least one candidate window.
    public var candidatePairs: Int = 0
    /// Pairs handled on the co-moving path.
    public var comovingPairs: Int = 0
    /// Direct SGP4 evaluations of a pair made in refinement.
    public var refinementEvaluations: Int = 0

    public init() {}
}
