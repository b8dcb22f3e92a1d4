/// The result of a pass search: every pass found, and the satellites that could not be
/// propagated over part of the span (they are searched where they could be).
public struct PassPrediction: Sendable {
    /// Passes sorted by AOS, then satellite, then station.
    public var passes: [Pass]
    /// The first SGP4 failure of each satellite that failed somewhere in the span.
    public var failures: [Failure]

    /// A satellite that SGP4 could not propagate at some time of the span (e.g. decayed).
    public struct Failure: Sendable, Hashable {
        /// Index of the satellite in the predictor's list.
        public var satellite: Int
        /// NORAD catalog number.
        public var catalogNumber: Int
        /// The first error met, with its time in minutes since the element set's epoch.
        public var error: SGP4Error
    }

    /// Creates a result.
    public init(passes: [Pass], failures: [Failure]) {
        self.passes = passes
        self.failures = failures
    }
}
