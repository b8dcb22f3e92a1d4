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
        let (storage, codes) = allocateAndFill(components: 3, times: times, threads: threads)
        return PositionEphemeris(satelliteCount: count, timeCount: times.count, storage: storage, errorCodes: codes)
    }
}
