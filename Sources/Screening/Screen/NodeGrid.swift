/// The spatial hash of one node: objects sorted by cubic cell (cell size = the node's hash
/// radius, see `NodeBound`), so every pair closer than the radius lies in the same or
/// adjacent cells. Cells are visited in key order, with one forward-moving pointer per
/// neighbouring row, so finding the neighbours costs no hashing or searching; each pair of
/// cells is visited once (13 forward neighbours and the cell itself).
///
/// One grid per worker thread; its buffers are reused from node to node.
struct NodeGrid {
    /// Cells per axis are capped (objects beyond share the edge cells, which only adds
    /// pair tests).
    static let maximumCells = 60_000
    var order: [Int32] = []
    var scratch: [Int32] = []
    var cells: [SIMD3<Int32>] = []
    var counts: [Int32] = []
    var keys: [Int] = []
    var sorted: [SIMD8<Double>] = []  // x, y, z, vx, vy, vz, speed, index
    /// Positions in key order, one array per axis (the distance test's contiguous inputs).
    var xs: [Double] = []
    var ys: [Double] = []
    var zs: [Double] = []
    var cellStart: [Int32] = []
    var cellKey: [Int] = []

    /// Screens one node: appends to `output` every pair (with a primary, when `isPrimary`
    /// is given) that the bound cannot rule out; returns the number of pair distance tests.
    mutating func scan(
        _ node: NodeStates, nodeIndex: Int, bound: NodeBound, isPrimary: [Bool]?, output: inout [CandidateWindow]
    ) -> Int {
        order.removeAll(keepingCapacity: true)
        var maxSpeed = 0.0
        for s in 0..<node.satellites {
            let v = SIMD3(node.component(3, s), node.component(4, s), node.component(5, s))
            let speed = (v * v).sum().squareRoot()
            guard speed.isFinite, node.component(0, s).isFinite else { continue }
            maxSpeed = Swift.max(maxSpeed, speed)
            order.append(Int32(s))
        }
        guard !order.isEmpty else { return 0 }
        let radius = bound.hashRadius(maxSpeed: maxSpeed)
        let inverse = 1 / radius
        cells.removeAll(keepingCapacity: true)
        var low = SIMD3<Int32>(repeating: .max)
        for s in order {
            let s = Int(s)
            let p = SIMD3(node.component(0, s), node.component(1, s), node.component(2, s)) * inverse
            let limit = Double(Self.maximumCells)
            let c = SIMD3<Int32>(
                Int32(Swift.min(Swift.max(p.x.rounded(.down), -limit), limit)),
                Int32(Swift.min(Swift.max(p.y.rounded(.down), -limit), limit)),
                Int32(Swift.min(Swift.max(p.z.rounded(.down), -limit), limit)))
            cells.append(c)
            low = pointwiseMin(low, c)
        }
        // Relative cells start at 1 so that a neighbour of any cell is in range.
        var high = SIMD3<Int32>(repeating: 0)
        for n in cells.indices {
            cells[n] &+= 1 &- low
            high = pointwiseMax(high, cells[n])
        }
        let size = SIMD3<Int>(truncatingIfNeeded: high &+ 2)
        sortByCell(size: size)
        gather(node)
        buildCells()
        let rowY = size.z
        let rowX = size.y * size.z
        return scanCells(
            rows: [rowY, rowX - rowY, rowX, rowX + rowY], radius: radius, nodeIndex: nodeIndex, bound: bound,
            isPrimary: isPrimary, output: &output)
    }

    /// Sorts `order` (with `cells`, indexed by position in the unsorted `order`) by cell:
    /// counting sorts on z, then y, then x.
    mutating func sortByCell(size: SIMD3<Int>) {
        let n = order.count
        // Sort positions 0..<n, then map them back to objects.
        var positions = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for i in 0..<n { buffer[i] = Int32(i) }
            count = n
        }
        if scratch.count < n { scratch = [Int32](repeating: 0, count: n) }
        for axis in [2, 1, 0] {
            let buckets = size[axis] + 1
            if counts.count < buckets + 1 { counts = [Int32](repeating: 0, count: buckets + 1) }
            positions.withUnsafeMutableBufferPointer { from in
                scratch.withUnsafeMutableBufferPointer { to in
                    counts.withUnsafeMutableBufferPointer { c in
                        cells.withUnsafeBufferPointer { cell in
                            for i in 0...buckets { c[i] = 0 }
                            for i in 0..<n { c[Int(cell[Int(from[i])][axis]) + 1] += 1 }
                            for i in 1...buckets { c[i] += c[i - 1] }
                            for i in 0..<n {
                                let d = Int(cell[Int(from[i])][axis])
                                to[Int(c[d])] = from[i]
                                c[d] += 1
                            }
                            for i in 0..<n { from[i] = to[i] }
                        }
                    }
                }
            }
        }
        keys.removeAll(keepingCapacity: true)
        let objects = order
        for i in 0..<n {
            let p = Int(positions[i])
            let c = SIMD3<Int>(truncatingIfNeeded: cells[p])
            keys.append((c.x * size.y + c.y) * size.z + c.z)
            order[i] = objects[p]
        }
    }
}
