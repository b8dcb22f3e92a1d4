/// How far a screening run has got, for a progress line.
public struct ScreeningProgress: Sendable, Hashable {
    /// The stage running.
    public enum Phase: String, Sendable, Hashable {
        /// Batch SGP4 at the nodes and the spatial hash: `completed` of `total` nodes.
        case nodes
        /// TCA refinement with direct SGP4: `completed` of `total` candidate pairs.
        case refinement
    }

    /// The stage running.
    public var phase: Phase
    /// Units done in this stage.
    public var completed: Int
    /// Units in this stage.
    public var total: Int
    /// Candidate (pair, node) windows found so far.
    public var candidates: Int

    public init(phase: Phase, completed: Int, total: Int, candidates: Int) {
        self.phase = phase
        self.completed = completed
        self.total = total
        self.candidates = candidates
    }
}
