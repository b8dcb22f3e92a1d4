import Dispatch
import Orbits

/// A batch ephemeris chunk copied to node-major order: the batch writes each satellite's
/// times contiguously, but the spatial hash reads every satellite at one time, and strided
/// reads of a chunk far larger than the caches would cost a cache miss per component per
/// object per node. The copy streams through the chunk once, in blocks of 8 satellites so
/// that every write fills a cache line.
struct NodeMajorChunk {
    var storage: [Double] = []

    /// Copies `ephemeris` (satellite-major, 6 components) using `workers` threads.
    mutating func fill(from ephemeris: Ephemeris, workers: Int) {
        let n = ephemeris.satelliteCount
        let m = ephemeris.timeCount
        if storage.count != 6 * n * m { storage = [Double](repeating: 0, count: 6 * n * m) }
        let blocks = (n + 7) / 8
        storage.withUnsafeMutableBufferPointer { out in
            ephemeris.storage.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let out = out
                nonisolated(unsafe) let input = input
                let work: (Int) -> Void = { worker in
                    let lower = blocks * worker / workers
                    let upper = blocks * (worker + 1) / workers
                    for block in lower..<upper {
                        let s0 = block * 8
                        let s1 = Swift.min(n, s0 + 8)
                        for c in 0..<6 {
                            for j in 0..<m {
                                let row = (c * m + j) * n
                                for s in s0..<s1 { out[row + s] = input[c * n * m + s * m + j] }
                            }
                        }
                    }
                }
                nonisolated(unsafe) let shared = work
                if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers) { shared($0) } }
            }
        }
    }
}
