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
    /// Objects faster than this (km/s; no bound orbit near the Earth is, but SGP4 can give
    /// such speeds just before it reports a decay) are tested against every object instead
    /// of setting the cell size of the whole node.
    static let hashSpeedLimit = 11.0
    var fast: [Int32] = []
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
        fast.removeAll(keepingCapacity: true)
        var maxSpeed = 0.0
        for s in 0..<node.satellites {
            let v = SIMD3(node.component(3, s), node.component(4, s), node.component(5, s))
            let speed = (v * v).sum().squareRoot()
            guard speed.isFinite, node.component(0, s).isFinite else { continue }
            if speed > Self.hashSpeedLimit {
                fast.append(Int32(s))
                continue
            }
            maxSpeed = Swift.max(maxSpeed, speed)
            order.append(Int32(s))
        }
        guard !order.isEmpty else { return 0 }  // (a node of only fast objects is not met)
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
        var tests = scanCells(
            rows: [rowY, rowX - rowY, rowX, rowX + rowY], radius: radius, nodeIndex: nodeIndex, bound: bound,
            isPrimary: isPrimary, output: &output)
        if !fast.isEmpty {
            tests += scanFast(node, nodeIndex: nodeIndex, bound: bound, isPrimary: isPrimary, output: &output)
        }
        return tests
    }

    /// Tests each object faster than `hashSpeedLimit` against every other object, with the
    /// distance bound of the pair's own speeds.
    func scanFast(
        _ node: NodeStates, nodeIndex: Int, bound: NodeBound, isPrimary: [Bool]?, output: inout [CandidateWindow]
    ) -> Int {
        var tests = 0
        func state(_ s: Int) -> SIMD8<Double> {
            let v = SIMD3(node.component(3, s), node.component(4, s), node.component(5, s))
            return SIMD8(
                node.component(0, s), node.component(1, s), node.component(2, s), v.x, v.y, v.z,
                (v * v).sum().squareRoot(), Double(s))
        }
        let fastStates = fast.map { state(Int($0)) }
        for (n, f) in fastStates.enumerated() {
            for other in sorted + fastStates[(n + 1)...] {
                tests += 1
                let d = other - f
                let dr = SIMD3(d[0], d[1], d[2])
                let reach = bound.linearRadius + (f[6] + other[6]) * bound.step / 2
                guard (dr * dr).sum() <= reach * reach, bound.admits(dr: dr, dv: SIMD3(d[3], d[4], d[5])) else {
                    continue
                }
                let i = Int32(f[7])
                let j = Int32(other[7])
                if let isPrimary, !isPrimary[Int(i)] && !isPrimary[Int(j)] { continue }
                let dv = SIMD3(d[3], d[4], d[5])
                output.append(
                    CandidateWindow(
                        first: Swift.min(i, j), second: Swift.max(i, j), node: Int32(nodeIndex),
                        distance: Float((dr * dr).sum().squareRoot()), speed: Float((dv * dv).sum().squareRoot())))
            }
        }
        return tests
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
