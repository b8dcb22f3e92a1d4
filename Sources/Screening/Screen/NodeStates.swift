/// Read access to the states of every object at one node, from a chunk transposed to
/// node-major order (`NodeMajorChunk`): component `c` of object `s` at `(c · times + time) ·
/// satellites + s`, so a node's objects are contiguous. Failed states are NaN.
struct NodeStates {
    let storage: UnsafeBufferPointer<Double>
    let satellites: Int
    let times: Int
    /// Time index inside the chunk.
    let time: Int

    @inline(__always) func component(_ c: Int, _ s: Int) -> Double {
        storage[(c * times + time) * satellites + s]
    }
}
