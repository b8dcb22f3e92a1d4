/// A (pair, node) the coarse search could not rule out: the pair may come within the
/// threshold within half a node step of the node.
struct CandidateWindow: Sendable, Hashable {
    /// Catalog indices, `first < second`.
    var first: Int32
    var second: Int32
    /// Node index.
    var node: Int32
    /// Distance at the node, km.
    var distance: Float
    /// Relative speed at the node, km/s.
    var speed: Float

    /// The pair as one sortable key.
    var pairKey: UInt64 { UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)) }
}
