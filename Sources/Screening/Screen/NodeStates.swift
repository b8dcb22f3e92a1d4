/// Read access to the states of every object at one node inside a batch ephemeris chunk
/// (satellite-major blocks of `satellites * times` doubles: x, y, z, vx, vy, vz).
struct NodeStates {
    let storage: UnsafeBufferPointer<Double>
    let codes: UnsafeBufferPointer<UInt8>
    let satellites: Int
    let times: Int
    /// Time index inside the chunk.
    let time: Int

    @inline(__always) var block: Int { satellites * times }

    @inline(__always) func isValid(_ s: Int) -> Bool { codes[s * times + time] == 0 }

    @inline(__always) func component(_ c: Int, _ s: Int) -> Double { storage[c * block + s * times + time] }
}
