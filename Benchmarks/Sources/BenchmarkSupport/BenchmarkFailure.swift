/// A benchmark set-up failure (missing data, a catalog too short for the workload).
public struct BenchmarkFailure: Error, CustomStringConvertible, Sendable {
    /// What is wrong, naming the file.
    public var description: String

    /// A failure described by `description`.
    public init(description: String) { self.description = description }
}
