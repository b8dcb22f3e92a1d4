import Orbits

/// Screens a catalog for close approaches over a span: every pair (or every pair with a
/// primary) that comes within the threshold, at its exact SGP4 time of closest approach.
///
/// The pipeline is exhaustive by construction (docs/screening.md):
/// 1. batch SGP4 (`SGP4Batch`, both cores) at nodes `nodeStepSeconds` apart;
/// 2. at each node a spatial hash whose cell covers the threshold plus the largest motion
///    possible within half a step (`NodeBound`), then a per-pair straight-line bound from
///    the pair's own relative velocity: a pair is only dropped when it cannot come within
///    the threshold anywhere within half a step of the node;
/// 3. each surviving (pair, node) window is refined with direct SGP4: the sign of
///    Δr·Δv at the window's ends brackets the minimum, and safeguarded Newton on
///    Δr·Δv = 0 finds the TCA to 1e-7 s;
/// 4. co-moving pairs (relative speed under `comovingSpeed`) take their own path: the
///    minimum distance over the span, flagged.
public struct Screener: Sendable {
    /// The options.
    public let options: ScreeningOptions
    /// The catalog's objects, in the order given.
    public let objects: [ScreeningObject]
    /// One propagator per object.
    let propagators: [SGP4Propagator]
    /// The batch over the same propagators.
    let batch: SGP4Batch
    /// Minutes from each object's epoch to the start of the span.
    let startMinutes: [Double]
    /// Which objects are primaries (nil: all-vs-all).
    let isPrimary: [Bool]?

    /// Prepares a screen of `catalog` (mean elements from TLEs or OMMs).
    public init(catalog: [MeanElements], options: ScreeningOptions) throws(ScreeningError) {
        try options.validate()
        self.options = options
        objects = catalog.enumerated().map {
            ScreeningObject(index: $0.offset, catalogNumber: $0.element.catalogNumber, name: $0.element.name)
        }
        propagators = catalog.map { SGP4Propagator($0) }
        batch = SGP4Batch(propagators)
        startMinutes = catalog.map { options.start.minutes(since: $0.epoch) }
        if let primaries = options.primaries {
            let present = Set(catalog.map(\.catalogNumber))
            for id in primaries.sorted() where !present.contains(id) {
                throw ScreeningError(code: .unknownPrimary, field: "primaries", value: "\(id)")
            }
            isPrimary = catalog.map { primaries.contains($0.catalogNumber) }
        } else {
            isPrimary = nil
        }
    }

    /// Node step, s.
    var step: Double { options.nodeStepSeconds }

    /// Number of nodes: the last one at or after the end of the span.
    var nodeCount: Int { Int((options.spanSeconds / step - 1e-9).rounded(.up)) + 1 }

    /// Runs the screen. `progress` is called from the calling thread after each chunk of
    /// nodes and during refinement.
    public func run(progress: (@Sendable (ScreeningProgress) -> Void)? = nil) -> ScreeningReport {
        var statistics = ScreeningStatistics()
        statistics.objects = objects.count
        statistics.nodes = nodeCount
        let coarse = screenNodes(statistics: &statistics, progress: progress)
        let conjunctions = refine(coarse.windows, statistics: &statistics, progress: progress)
        return ScreeningReport(
            options: options, conjunctions: conjunctions, failures: coarse.failures, statistics: statistics)
    }
}
