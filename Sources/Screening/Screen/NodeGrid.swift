/// The spatial hash of one node: objects sorted by cubic cell (cell size = the node's hash
/// radius, see `NodeBound`), so every pair closer than the radius lies in the same or
/// adjacent cells. Cells are visited in key order, with one forward-moving pointer per
/// neighbouring row, so finding the neighbours costs no hashing or searching; each pair of
/// cells is visited once (13 forward neighbours and the cell itself).
///
/// One grid per worker thread; its buffers are reused from node to node.
struct NodeGrid {
    /// Cell coordinates are offset by this and clamped to 16 bits each (objects beyond
    /// ±32,000 cells share the edge cells, which only adds pair tests).
    static let offset = 32_768
    var keys: [UInt64] = []
    var order: [Int32] = []
    var scratchKeys: [UInt64] = []
    var scratchOrder: [Int32] = []
    var counts = [Int32](repeating: 0, count: 65_537)
    var sorted: [SIMD8<Double>] = []  // x, y, z, vx, vy, vz, speed, index
    var cellStart: [Int32] = []
    var cellKey: [UInt64] = []

    /// Screens one node: appends to `output` every pair (with a primary, when `isPrimary`
    /// is given) that the bound cannot rule out; returns the number of pair distance tests.
    mutating func scan(
        _ node: NodeStates, nodeIndex: Int, bound: NodeBound, isPrimary: [Bool]?, output: inout [CandidateWindow]
    ) -> Int {
        keys.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        var maxSpeed = 0.0
        for s in 0..<node.satellites where node.isValid(s) {
            let v = SIMD3(node.component(3, s), node.component(4, s), node.component(5, s))
            let speed = (v * v).sum().squareRoot()
            guard speed.isFinite, node.component(0, s).isFinite else { continue }
            maxSpeed = Swift.max(maxSpeed, speed)
            order.append(Int32(s))
        }
        let radius = bound.hashRadius(maxSpeed: maxSpeed)
        let inverse = 1 / radius
        for s in order {
            let s = Int(s)
            var key: UInt64 = 0
            for c in 0..<3 {
                let cell = Int((node.component(c, s) * inverse).rounded(.down)) + Self.offset
                key = key << 16 | UInt64(Swift.min(Swift.max(cell, 1), 65_534))
            }
            keys.append(key)
        }
        radixSort()
        gather(node)
        buildCells()
        return scanCells(
            radius: radius, nodeIndex: nodeIndex, bound: bound, isPrimary: isPrimary, output: &output)
    }

    /// Sorts `keys` (48 bits) with `order` by three 16-bit counting passes.
    mutating func radixSort() {
        let n = keys.count
        if scratchKeys.count < n {
            scratchKeys = [UInt64](repeating: 0, count: n)
            scratchOrder = [Int32](repeating: 0, count: n)
        }
        for pass in 0..<3 {
            let shift = UInt64(16 * pass)
            keys.withUnsafeMutableBufferPointer { k in
                order.withUnsafeMutableBufferPointer { o in
                    scratchKeys.withUnsafeMutableBufferPointer { k2 in
                        scratchOrder.withUnsafeMutableBufferPointer { o2 in
                            counts.withUnsafeMutableBufferPointer { c in
                                for i in 0..<c.count { c[i] = 0 }
                                for i in 0..<n { c[Int((k[i] >> shift) & 0xFFFF) + 1] += 1 }
                                for i in 1..<c.count { c[i] += c[i - 1] }
                                for i in 0..<n {
                                    let d = Int((k[i] >> shift) & 0xFFFF)
                                    let p = Int(c[d])
                                    c[d] += 1
                                    k2[p] = k[i]
                                    o2[p] = o[i]
                                }
                            }
                        }
                    }
                }
            }
            for i in 0..<n {
                keys[i] = scratchKeys[i]
                order[i] = scratchOrder[i]
            }
        }
    }
}
