import Dispatch
import Orbits

extension Screener {
    /// Nodes propagated together (the batch's time lanes need at least 8 or 16).
    static let chunkNodes = 64

    /// The coarse stage: batch SGP4 chunk by chunk, the spatial hash and linear bound at
    /// every node on every worker, and the objects that failed.
    func screenNodes(
        statistics: inout ScreeningStatistics, progress: (@Sendable (ScreeningProgress) -> Void)?
    ) -> (windows: [CandidateWindow], failures: [ScreeningFailure]) {
        let bound = NodeBound(threshold: options.threshold.enclosingRadius, step: step)
        let workers = Swift.max(1, options.threads)
        let grids = SlotBuffer(repeating: NodeGrid(), count: workers)
        var failed = [SGP4Error?](repeating: nil, count: objects.count)
        var ephemeris = Ephemeris(satelliteCount: 0, timeCount: 0)
        var transposed = NodeMajorChunk()
        var windows: [CandidateWindow] = []
        var k0 = 0
        while k0 < nodeCount {
            let k1 = Swift.min(nodeCount, k0 + Self.chunkNodes)
            let times = (k0..<k1).map { options.start.adding(seconds: Double($0) * step) }
            batch.propagate(at: times, into: &ephemeris, threads: workers)
            recordFailures(ephemeris, times: times, into: &failed)
            transposed.fill(from: ephemeris, workers: workers)
            let outputs = SlotBuffer(repeating: [CandidateWindow](), count: workers)
            let tests = SlotBuffer(repeating: 0, count: workers)
            let count = k1 - k0
            transposed.storage.withUnsafeBufferPointer { storage in
                do {
                    let work: (Int) -> Void = { worker in
                        for j in stride(from: worker, to: count, by: workers) {
                            let node = NodeStates(storage: storage, satellites: objects.count, times: count, time: j)
                            grids.update(worker) { grid in
                                outputs.update(worker) { output in
                                    let n = grid.scan(
                                        node, nodeIndex: k0 + j, bound: bound, isPrimary: isPrimary, output: &output)
                                    tests.update(worker) { $0 += n }
                                }
                            }
                        }
                    }
                    nonisolated(unsafe) let shared = work
                    if workers == 1 {
                        work(0)
                    } else {
                        DispatchQueue.concurrentPerform(iterations: workers) { shared($0) }
                    }
                }
            }
            statistics.pairTests += tests.values.reduce(0, +)
            var chunk = outputs.values.flatMap { $0 }
            statistics.candidateWindows += chunk.count
            Self.pruneComoving(&chunk, below: Float(options.comovingSpeed))
            windows.append(contentsOf: chunk)
            progress?(ScreeningProgress(phase: .nodes, completed: k1, total: nodeCount, candidates: windows.count))
            k0 = k1
        }
        let failures = failed.enumerated().compactMap { index, error in
            error.map { ScreeningFailure(object: objects[index], error: $0) }
        }
        return (windows, failures)
    }

    /// Records, for objects not yet known to fail, the first node where SGP4 failed (with
    /// the error the direct propagator gives there).
    func recordFailures(_ ephemeris: Ephemeris, times: [Instant], into failed: inout [SGP4Error?]) {
        let m = times.count
        for s in 0..<objects.count where failed[s] == nil {
            for j in 0..<m where ephemeris.errorCodes[s * m + j] != 0 {
                do {
                    _ = try propagators[s].state(at: times[j])
                    failed[s] = SGP4Error(
                        code: SGP4Error.Code(rawValue: Int(ephemeris.errorCodes[s * m + j])),
                        minutesSinceEpoch: times[j].minutes(since: propagators[s].elements.epoch), value: .nan)
                } catch {
                    failed[s] = error
                }
                break
            }
        }
    }

    /// Keeps, for pairs that move together in this chunk (some node under `below` km/s),
    /// only the nodes whose distance is a local minimum among the pair's nodes of the chunk
    /// (a missing neighbour counts as farther): the co-moving path refines around those,
    /// and a docked pair would otherwise keep every node of the span.
    static func pruneComoving(_ chunk: inout [CandidateWindow], below: Float) {
        chunk.sort { ($0.pairKey, $0.node) < ($1.pairKey, $1.node) }
        var kept: [CandidateWindow] = []
        kept.reserveCapacity(chunk.count)
        var start = 0
        while start < chunk.count {
            var end = start + 1
            while end < chunk.count && chunk[end].pairKey == chunk[start].pairKey { end += 1 }
            let group = chunk[start..<end]
            if group.contains(where: { $0.speed < below }) {
                for i in group.indices {
                    let w = chunk[i]
                    let left = i > start && chunk[i - 1].node == w.node - 1 ? chunk[i - 1].distance : .infinity
                    let right = i + 1 < end && chunk[i + 1].node == w.node + 1 ? chunk[i + 1].distance : .infinity
                    if w.distance <= left && w.distance <= right { kept.append(w) }
                }
            } else {
                kept.append(contentsOf: group)
            }
            start = end
        }
        chunk = kept
    }
}
