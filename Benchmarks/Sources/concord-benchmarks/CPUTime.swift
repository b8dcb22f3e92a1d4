#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CPU time consumed so far, seconds: what the benchmarks compare, since the machine's
/// cores are shared and wall time depends on the neighbours. One thread's CPU time is the
/// "per core" cost; the process's adds up every thread (for parallel runs).
enum CPUTime {
    /// CPU time of the whole process (all threads), seconds.
    static func process() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    /// CPU time of the calling thread, seconds.
    static func thread() -> Double { read(CLOCK_THREAD_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}

/// Keeps the optimiser from deleting a computation whose result is otherwise unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
