extension NodeGrid {
    /// Copies the states in key order (one 64-byte record per object).
    mutating func gather(_ node: NodeStates) {
        sorted.removeAll(keepingCapacity: true)
        xs.removeAll(keepingCapacity: true)
        ys.removeAll(keepingCapacity: true)
        zs.removeAll(keepingCapacity: true)
        for s in order {
            let s = Int(s)
            let v = SIMD3(node.component(3, s), node.component(4, s), node.component(5, s))
            sorted.append(
                SIMD8(
                    node.component(0, s), node.component(1, s), node.component(2, s), v.x, v.y, v.z,
                    (v * v).sum().squareRoot(), Double(s)))
            xs.append(node.component(0, s))
            ys.append(node.component(1, s))
            zs.append(node.component(2, s))
        }
    }

    /// Start of each distinct cell in the sorted order (with a final end marker).
    mutating func buildCells() {
        cellStart.removeAll(keepingCapacity: true)
        cellKey.removeAll(keepingCapacity: true)
        for i in keys.indices where i == 0 || keys[i] != keys[i - 1] {
            cellStart.append(Int32(i))
            cellKey.append(keys[i])
        }
        cellStart.append(Int32(keys.count))
        cellKey.append(.max)
    }

    /// Visits every cell with itself, the next cell along z, and the three cells of each of
    /// the four forward rows (dx, dy) = (0, 1), (1, -1), (1, 0), (1, 1), whose key offsets
    /// are `rows`.
    func scanCells(
        rows: [Int], radius: Double, nodeIndex: Int, bound: NodeBound, isPrimary: [Bool]?,
        output: inout [CandidateWindow]
    ) -> Int {
        var pointers = [Int](repeating: 0, count: 4)
        let cellCount = cellKey.count - 1
        let r2 = radius * radius
        var tests = 0
        sorted.withUnsafeBufferPointer { p in
            cellStart.withUnsafeBufferPointer { start in
                cellKey.withUnsafeBufferPointer { key in
                    xs.withUnsafeBufferPointer { x in
                        ys.withUnsafeBufferPointer { y in
                            zs.withUnsafeBufferPointer { z in
                                /// Tests objects `a0..<a1` against `b0..<b1` (or the pairs inside `a0..<a1`).
                                func pairs(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int, same: Bool) {
                                    for a in a0..<a1 {
                                        let xa = x[a]
                                        let ya = y[a]
                                        let za = z[a]
                                        let from = same ? a + 1 : b0
                                        tests &+= b1 - from
                                        for b in from..<b1 {
                                            let dx = x[b] - xa
                                            let dy = y[b] - ya
                                            let dz = z[b] - za
                                            guard dx * dx + dy * dy + dz * dz <= r2 else { continue }
                                            let pa = p[a]
                                            let pb = p[b]
                                            let d = pb - pa
                                            let dr = SIMD3(d[0], d[1], d[2])
                                            let dv = SIMD3(d[3], d[4], d[5])
                                            guard bound.admits(dr: dr, dv: dv) else { continue }
                                            let i = Int32(pa[7])
                                            let j = Int32(pb[7])
                                            if let isPrimary, !isPrimary[Int(i)] && !isPrimary[Int(j)] { continue }
                                            output.append(
                                                CandidateWindow(
                                                    first: Swift.min(i, j), second: Swift.max(i, j),
                                                    node: Int32(nodeIndex),
                                                    distance: Float((dr * dr).sum().squareRoot()),
                                                    speed: Float((dv * dv).sum().squareRoot())))
                                        }
                                    }
                                }
                                for c in 0..<cellCount {
                                    let k = key[c]
                                    let a0 = Int(start[c])
                                    let a1 = Int(start[c + 1])
                                    pairs(a0, a1, a0, a1, same: true)
                                    if key[c + 1] == k + 1 { pairs(a0, a1, a1, Int(start[c + 2]), same: false) }
                                    for r in 0..<4 {
                                        let low = k + rows[r] - 1
                                        let high = k + rows[r] + 1
                                        var q = pointers[r]
                                        while key[q] < low { q += 1 }
                                        pointers[r] = q
                                        while key[q] <= high {
                                            pairs(a0, a1, Int(start[q]), Int(start[q + 1]), same: false)
                                            q += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return tests
    }
}
