extension SGP4Batch {
    /// The TEME position of every satellite at each offset of `minutes` from its own epoch,
    /// without velocities (same kernels and values as `ephemeris(minutesSinceEpoch:threads:)`,
    /// half the output).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func positions(
        minutesSinceEpoch minutes: [Double], threads: Int = BatchThreads.default
    )
        -> PositionEphemeris
    {
        runPositions(BatchTimes(minutes: minutes), threads: threads)
    }

    /// The TEME position of every satellite at each UTC instant of `times`, without velocities.
    /// - Parameter threads: worker threads; defaults to every active core.
    public func positions(at times: [Instant], threads: Int = BatchThreads.default) -> PositionEphemeris {
        runPositions(BatchTimes(instants: times), threads: threads)
    }

    func runPositions(_ times: BatchTimes, threads: Int) -> PositionEphemeris {
        let n = count * times.count
        var codes: [UInt8] = []
        let storage = [Double](unsafeUninitializedCapacity: 3 * n) { storage, initialised in
            adviseHugePages(UnsafeMutableRawBufferPointer(storage))
            codes = [UInt8](unsafeUninitializedCapacity: n) { codes, codesInitialised in
                fill(storage: storage, codes: codes, times: times, threads: threads)
                codesInitialised = n
            }
            initialised = 3 * n
        }
        return PositionEphemeris(satelliteCount: count, timeCount: times.count, storage: storage, errorCodes: codes)
    }
}
