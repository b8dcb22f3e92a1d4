import Dispatch

extension SGP4Batch {
    /// Every satellite at each UTC instant of `times` (minutes since each satellite's own
    /// epoch counted in UTC days, as `SGP4Propagator.state(at:)`).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func ephemeris(at times: [Instant], threads: Int = BatchThreads.default) -> Ephemeris {
        let days = times.map(\.julianDay)
        let fractions = times.map(\.fraction)
        return run(timeCount: times.count, threads: threads) { epoch, j in
            let whole = SIMDMath.V(repeating: days[j]) - epoch.day
            let fraction = SIMDMath.V(repeating: fractions[j]) - epoch.fraction
            return (whole + fraction) * 1440.0
        } scalarTime: { propagator, j in
            times[j].minutes(since: propagator.elements.epoch)
        }
    }

    /// Every satellite at each offset of `minutes` from its own epoch.
    public func ephemeris(minutesSinceEpoch minutes: [Double], threads: Int = BatchThreads.default) -> Ephemeris {
        run(timeCount: minutes.count, threads: threads) { _, j in
            SIMDMath.V(repeating: minutes[j])
        } scalarTime: { _, j in
            minutes[j]
        }
    }

    /// Allocates the ephemeris without initialising it (every element is written by `fill`
    /// before the arrays are handed out) and fills it.
    func run(
        timeCount: Int, threads: Int,
        laneTime: @escaping @Sendable (_ epoch: (day: SIMDMath.V, fraction: SIMDMath.V), _ j: Int) -> SIMDMath.V,
        scalarTime: @escaping @Sendable (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) -> Ephemeris {
        let n = count * timeCount
        var codes: [UInt8] = []
        let storage = [Double](unsafeUninitializedCapacity: 6 * n) { storage, initialised in
            adviseHugePages(UnsafeMutableRawBufferPointer(storage))
            codes = [UInt8](unsafeUninitializedCapacity: n) { codes, codesInitialised in
                fill(
                    storage: storage, codes: codes, timeCount: timeCount, threads: threads, laneTime: laneTime,
                    scalarTime: scalarTime)
                codesInitialised = n
            }
            initialised = 6 * n
        }
        return Ephemeris(satelliteCount: count, timeCount: timeCount, storage: storage, errorCodes: codes)
    }

    /// Writes every state of every satellite into `storage` (six blocks of
    /// `count * timeCount`) and `codes`: splits the blocks and the deep-space satellites into
    /// work items shared by `threads` workers; each item writes its own satellites' rows.
    func fill(
        storage: UnsafeMutableBufferPointer<Double>, codes: UnsafeMutableBufferPointer<UInt8>, timeCount: Int,
        threads: Int,
        laneTime: @escaping @Sendable (_ epoch: (day: SIMDMath.V, fraction: SIMDMath.V), _ j: Int) -> SIMDMath.V,
        scalarTime: @escaping @Sendable (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) {
        let n = count * timeCount
        precondition(storage.count >= 6 * n && codes.count >= n)
        guard n > 0 else { return }
        let itemCount = blocks.count + deepSpaceMembers.count
        // Enough items for dynamic balancing, few enough to keep per-item overhead negligible.
        let chunks = Swift.max(1, Swift.min(itemCount, Swift.max(1, threads) * 16))
        let output = DisjointOutput(storage: storage, codes: codes)
        let work: @Sendable (Int) -> Void = { chunk in
            let storage = output.storage
            let codes = output.codes
            let lower = itemCount * chunk / chunks
            let upper = itemCount * (chunk + 1) / chunks
            for item in lower ..< upper {
                if item < blocks.count {
                    propagateBlock(
                        item, timeCount: timeCount, n: n, storage: storage, codes: codes, laneTime: laneTime,
                        scalarTime: scalarTime)
                } else {
                    let index = deepSpaceMembers[item - blocks.count]
                    propagateScalar(
                        index, timeCount: timeCount, n: n, storage: storage, codes: codes, scalarTime: scalarTime)
                }
            }
        }
        if threads <= 1 || chunks == 1 {
            for chunk in 0 ..< chunks { work(chunk) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
    }

    func propagateBlock(
        _ b: Int, timeCount: Int, n: Int, storage: UnsafeMutableBufferPointer<Double>,
        codes: UnsafeMutableBufferPointer<UInt8>,
        laneTime: (_ epoch: (day: SIMDMath.V, fraction: SIMDMath.V), _ j: Int) -> SIMDMath.V,
        scalarTime: (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) {
        let block = blocks[b]
        let members = blockMembers[b]
        let epoch = (day: block.epochDay, fraction: block.epochFraction)
        for j in 0 ..< timeCount {
            let t = laneTime(epoch, j)
            if SIMDMath.any(SIMDMath.abs(t) .> block.safeMinutes) {
                // Angles beyond the exact SIMD reduction: this step goes through the scalar path.
                for lane in 0 ..< SIMDMath.width where members[lane] >= 0 {
                    let index = members[lane]
                    storeScalar(
                        propagators[index], at: index * timeCount + j, n: n, storage: storage, codes: codes,
                        minutes: scalarTime(propagators[index], j))
                }
                continue
            }
            let s = block.states(minutesSinceEpoch: t)
            for lane in 0 ..< SIMDMath.width where members[lane] >= 0 {
                let i = members[lane] * timeCount + j
                storage[i] = s.x[lane]
                storage[n + i] = s.y[lane]
                storage[2 * n + i] = s.z[lane]
                storage[3 * n + i] = s.vx[lane]
                storage[4 * n + i] = s.vy[lane]
                storage[5 * n + i] = s.vz[lane]
                codes[i] = s.code[lane]
            }
        }
    }

    func propagateScalar(
        _ index: Int, timeCount: Int, n: Int, storage: UnsafeMutableBufferPointer<Double>,
        codes: UnsafeMutableBufferPointer<UInt8>, scalarTime: (_ propagator: SGP4Propagator, _ j: Int) -> Double
    ) {
        let propagator = propagators[index]
        for j in 0 ..< timeCount {
            storeScalar(
                propagator, at: index * timeCount + j, n: n, storage: storage, codes: codes,
                minutes: scalarTime(propagator, j))
        }
    }

    /// One state from the scalar propagator: NaN and the error code when it fails.
    func storeScalar(
        _ propagator: SGP4Propagator, at i: Int, n: Int, storage: UnsafeMutableBufferPointer<Double>,
        codes: UnsafeMutableBufferPointer<UInt8>, minutes: Double
    ) {
        var state = StateVector(position: SIMD3(repeating: .nan), velocity: SIMD3(repeating: .nan))
        var code: UInt8 = 0
        do {
            state = try propagator.state(minutesSinceEpoch: minutes)
        } catch {
            code = UInt8(clamping: error.code.rawValue)
        }
        storage[i] = state.position.x
        storage[n + i] = state.position.y
        storage[2 * n + i] = state.position.z
        storage[3 * n + i] = state.velocity.x
        storage[4 * n + i] = state.velocity.y
        storage[5 * n + i] = state.velocity.z
        codes[i] = code
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
