extension SGP4Batch {
    /// Every satellite at each offset of `minutes` from its own epoch, written into
    /// `ephemeris`, whose buffers are reused when it already has this batch's shape (no
    /// allocation, no page faults: the cheapest way to propagate repeatedly).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func propagate(
        minutesSinceEpoch minutes: [Double], into ephemeris: inout Ephemeris, threads: Int = BatchThreads.default
    ) {
        fill(&ephemeris, times: BatchTimes(minutes: minutes), threads: threads)
    }

    /// Every satellite at each UTC instant of `times`, written into `ephemeris` (reused when
    /// it already has this batch's shape).
    /// - Parameter threads: worker threads; defaults to every active core.
    public func propagate(at times: [Instant], into ephemeris: inout Ephemeris, threads: Int = BatchThreads.default) {
        fill(&ephemeris, times: BatchTimes(instants: times), threads: threads)
    }

    func fill(_ ephemeris: inout Ephemeris, times: BatchTimes, threads: Int) {
        if ephemeris.satelliteCount != count || ephemeris.timeCount != times.count {
            ephemeris = Ephemeris(satelliteCount: count, timeCount: times.count)
        }
        ephemeris.storage.withUnsafeMutableBufferPointer { storage in
            ephemeris.errorCodes.withUnsafeMutableBufferPointer { codes in
                fill(storage: storage, codes: codes, times: times, threads: threads)
            }
        }
    }
}
