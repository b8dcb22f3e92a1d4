import Dispatch

extension SGP4Batch {
    /// Every satellite at each UTC instant of `times` (minutes since each satellite's own
    /// epoch counted in UTC days, as `SGP4Propagator.state(at:)`).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func ephemeris(at times: [Instant], threads: Int = BatchThreads.default) -> Ephemeris {
        run(BatchTimes(instants: times), threads: threads)
    }

    /// Every satellite at each offset of `minutes` from its own epoch.
    /// - Parameter threads: worker threads; defaults to every active core.
    public func ephemeris(minutesSinceEpoch minutes: [Double], threads: Int = BatchThreads.default) -> Ephemeris {
        run(BatchTimes(minutes: minutes), threads: threads)
    }

    /// Allocates the ephemeris without initialising it (`fill` writes every element before
    /// the arrays are handed out) and fills it.
    func run(_ times: BatchTimes, threads: Int) -> Ephemeris {
        let (storage, codes) = allocateAndFill(components: 6, times: times, threads: threads)
        return Ephemeris(satelliteCount: count, timeCount: times.count, storage: storage, errorCodes: codes)
    }

    /// Allocates `components` blocks of `count * times.count` doubles (huge pages, not
    /// initialised) and the error codes, and fills them: six blocks for states, three for
    /// positions only.
    func allocateAndFill(components: Int, times: BatchTimes, threads: Int) -> (storage: [Double], codes: [UInt8]) {
        let n = count * times.count
        var codes: [UInt8] = []
        let storage = [Double](unsafeUninitializedCapacity: components * n) { storage, initialised in
            adviseHugePages(UnsafeMutableRawBufferPointer(storage))
            codes = [UInt8](unsafeUninitializedCapacity: n) { codes, codesInitialised in
                fill(storage: storage, codes: codes, times: times, threads: threads)
                codesInitialised = n
            }
            initialised = components * n
        }
        return (storage, codes)
    }

    /// Writes every state of every satellite into `storage` (six blocks of
    /// `count * times.count`, or three for positions only) and `codes`, split into work items shared by `threads` workers;
    /// each item writes only its own satellites' rows.
    ///
    /// With at least `SIMDMath.width` times, each satellite (near earth or deep space) is
    /// propagated alone with consecutive times in the lanes (its rows are then written with
    /// whole-vector stores); with fewer times, near-earth satellites are packed across the
    /// lanes instead and deep-space ones go through the scalar path.
    func fill(
        storage: UnsafeMutableBufferPointer<Double>, codes: UnsafeMutableBufferPointer<UInt8>, times: BatchTimes,
        threads: Int
    ) {
        let n = count * times.count
        precondition((storage.count == 6 * n || storage.count == 3 * n) && codes.count == n)
        guard n > 0 else { return }
        let timeLanes = times.count >= SIMDMath.width
        let nearItems = timeLanes ? nearEarthMembers.count : blocks.count
        let itemCount = nearItems + deepSpaceMembers.count
        // Enough items for dynamic balancing, few enough to keep per-item overhead negligible.
        let chunks = Swift.max(1, Swift.min(itemCount, Swift.max(1, threads) * 16))
        let output = DisjointOutput(storage: storage, codes: codes)
        let work: @Sendable (Int) -> Void = { chunk in
            let lower = itemCount * chunk / chunks
            let upper = itemCount * (chunk + 1) / chunks
            for item in lower..<upper {
                if item >= nearItems {
                    let index = deepSpaceMembers[item - nearItems]
                    if timeLanes && propagators[index].isDeepSpace {
                        propagateDeepSpaceOverTimeLanes(index, times: times, output: output)
                    } else if timeLanes {
                        // Near earth with another gravity model than the packed blocks.
                        propagateNearEarthOverTimeLanes(index, times: times, output: output)
                    } else {
                        propagateScalar(index, times: times, output: output)
                    }
                } else if timeLanes {
                    propagateNearEarthOverTimeLanes(nearEarthMembers[item], times: times, output: output)
                } else {
                    propagateBlock(item, times: times, output: output)
                }
            }
        }
        if threads <= 1 || chunks == 1 {
            for chunk in 0..<chunks { work(chunk) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
    }
}
