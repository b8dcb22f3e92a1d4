import Dispatch

extension SGP4Batch {
    /// Every satellite at each UTC instant of `times` (minutes since each satellite's own
    /// epoch counted in UTC days, as `SGP4Propagator.state(at:)`).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func ephemeris(at times: [Instant], threads: Int = BatchThreads.default) -> Ephemeris {
        let days = times.map(\.julianDay)
        let fractions = times.map(\.fraction)
        return run(timeCount: times.count, threads: threads) { epoch, j in
            let whole = SIMD4(repeating: days[j]) - epoch.day
            let fraction = SIMD4(repeating: fractions[j]) - epoch.fraction
            return (whole + fraction) * 1440.0
        } scalarTime: { propagator, j in
            times[j].minutes(since: propagator.elements.epoch)
        }
    }

    /// Every satellite at each offset of `minutes` from its own epoch.
    public func ephemeris(minutesSinceEpoch minutes: [Double], threads: Int = BatchThreads.default) -> Ephemeris {
        run(timeCount: minutes.count, threads: threads) { _, j in
            SIMD4(repeating: minutes[j])
        } scalarTime: { _, j in
            minutes[j]
        }
    }

    /// Splits the blocks and the deep-space satellites into work items shared by `threads`
    /// workers; each item writes its own satellites' rows of the ephemeris.
    func run(
        timeCount: Int, threads: Int,
        laneTime: @escaping @Sendable (_ epoch: (day: SIMD4<Double>, fraction: SIMD4<Double>), _ j: Int) -> SIMD4<
            Double
        >,
        scalarTime: @escaping @Sendable (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) -> Ephemeris {
        var result = Ephemeris(satelliteCount: count, timeCount: timeCount)
        guard timeCount > 0, count > 0 else { return result }
        let n = result.blockSize
        let itemCount = blocks.count + deepSpaceMembers.count
        // Enough items for dynamic balancing, few enough to keep per-item overhead negligible.
        let chunks = Swift.max(1, Swift.min(itemCount, Swift.max(1, threads) * 16))
        result.storage.withUnsafeMutableBufferPointer { storage in
            result.errorCodes.withUnsafeMutableBufferPointer { codes in
                let output = DisjointOutput(storage: storage, codes: codes)
                let work: @Sendable (Int) -> Void = { chunk in
                    let storage = output.storage
                    let codes = output.codes
                    let lower = itemCount * chunk / chunks
                    let upper = itemCount * (chunk + 1) / chunks
                    for item in lower ..< upper {
                        if item < blocks.count {
                            propagateBlock(
                                item, timeCount: timeCount, n: n, storage: storage, codes: codes, laneTime: laneTime)
                        } else {
                            let index = deepSpaceMembers[item - blocks.count]
                            propagateScalar(
                                index, timeCount: timeCount, n: n, storage: storage, codes: codes,
                                scalarTime: scalarTime)
                        }
                    }
                }
                if threads <= 1 || chunks == 1 {
                    for chunk in 0 ..< chunks { work(chunk) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
                }
            }
        }
        return result
    }

    func propagateBlock(
        _ b: Int, timeCount: Int, n: Int, storage: UnsafeMutableBufferPointer<Double>,
        codes: UnsafeMutableBufferPointer<UInt8>,
        laneTime: (_ epoch: (day: SIMD4<Double>, fraction: SIMD4<Double>), _ j: Int) -> SIMD4<Double>
    ) {
        let block = blocks[b]
        let members = blockMembers[b]
        let epoch = (day: block.epochDay, fraction: block.epochFraction)
        for j in 0 ..< timeCount {
            let s = block.states(minutesSinceEpoch: laneTime(epoch, j))
            for lane in 0 ..< 4 where members[lane] >= 0 {
                let i = members[lane] * timeCount + j
                storage[i] = s.x[lane]
                storage[n + i] = s.y[lane]
                storage[2 * n + i] = s.z[lane]
                storage[3 * n + i] = s.vx[lane]
                storage[4 * n + i] = s.vy[lane]
                storage[5 * n + i] = s.vz[lane]
                codes[i] = UInt8(s.code[lane])
            }
        }
    }

    func propagateScalar(
        _ index: Int, timeCount: Int, n: Int, storage: UnsafeMutableBufferPointer<Double>,
        codes: UnsafeMutableBufferPointer<UInt8>, scalarTime: (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) {
        let propagator = propagators[index]
        for j in 0 ..< timeCount {
            let i = index * timeCount + j
            do {
                let state = try propagator.state(minutesSinceEpoch: scalarTime(propagator, j))
                storage[i] = state.position.x
                storage[n + i] = state.position.y
                storage[2 * n + i] = state.position.z
                storage[3 * n + i] = state.velocity.x
                storage[4 * n + i] = state.velocity.y
                storage[5 * n + i] = state.velocity.z
            } catch {
                codes[i] = UInt8(clamping: error.code.rawValue)
            }
        }
    }
}

/// Thread counts for the batch paths.
public enum BatchThreads {
    /// Every active processor.
    public static var `default`: Int { activeProcessorCount() }
}

/// The ephemeris buffers shared by the batch workers. Each work item writes only the rows of
/// its own satellites, so concurrent writes never overlap: that is what makes this
/// `@unchecked Sendable` sound.
@usableFromInline
struct DisjointOutput: @unchecked Sendable {
    @usableFromInline let storage: UnsafeMutableBufferPointer<Double>
    @usableFromInline let codes: UnsafeMutableBufferPointer<UInt8>

    @inlinable init(storage: UnsafeMutableBufferPointer<Double>, codes: UnsafeMutableBufferPointer<UInt8>) {
        self.storage = storage
        self.codes = codes
    }
}
