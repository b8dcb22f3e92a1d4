import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The clock the solver's budget runs on: wall-clock time, or the process's CPU time divided by
/// the threads the run uses (`SchedulerOptions.cpuBudget`), so that a run on a loaded machine
/// gets the same computing as on a quiet one (a 10 s budget on 2 threads is 20 CPU-seconds).
struct SolverClock: Sendable {
    /// True to count CPU time per thread, false for wall-clock time.
    let cpu: Bool
    /// Threads the run uses (CPU time is divided by this).
    let threads: Int

    /// Now, nanoseconds on this clock.
    func now() -> UInt64 {
        guard cpu else { return DispatchTime.now().uptimeNanoseconds }
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        let nanoseconds = UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
        return nanoseconds / UInt64(max(1, threads))
    }
}
