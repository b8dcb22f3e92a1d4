#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process CPU time and wall time of one benchmark run.
struct BenchTiming {
    /// What was measured.
    var name: String
    /// Operations done (propagations, satellite-station-days...).
    var operations: Int
    /// CPU time of the process, all threads, seconds.
    var cpuSeconds: Double
    /// Wall-clock time, seconds.
    var wallSeconds: Double

    /// `cpu 0.512 s, wall 0.515 s`.
    var timesText: String {
        "cpu \(FixedPoint.string(cpuSeconds, decimals: 3)) s, wall \(FixedPoint.string(wallSeconds, decimals: 3)) s"
    }

    /// Operations per CPU second.
    var perCoreRate: Double { Double(operations) / cpuSeconds }

    /// CPU time of the whole process (`CLOCK_PROCESS_CPUTIME_ID`), seconds.
    static func processCPUSeconds() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    /// Monotonic wall time, seconds.
    static func wallSeconds() -> Double { read(CLOCK_MONOTONIC) }

    private static func read(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// Runs `body` once untimed, then `repetitions` times, and keeps the lowest CPU time.
    /// `body` returns the operation count.
    static func measure(_ name: String, repetitions: Int, warmUp: Bool = true, _ body: () -> Int) -> BenchTiming {
        if warmUp { blackHole(body()) }
        var best: BenchTiming? = nil
        for _ in 0..<max(1, repetitions) {
            let cpu = processCPUSeconds()
            let wall = wallSeconds()
            let operations = body()
            let run = BenchTiming(
                name: name, operations: operations, cpuSeconds: processCPUSeconds() - cpu,
                wallSeconds: wallSeconds() - wall)
            if best == nil || run.cpuSeconds < best!.cpuSeconds { best = run }
        }
        return best!
    }
}

/// Keeps the optimiser from deleting a computation whose result is otherwise unused.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
