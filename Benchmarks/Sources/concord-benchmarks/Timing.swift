/// One timed run of a workload: operation count, CPU and wall seconds.
struct Timing {
    /// What was measured (`sgp4 1000 LEO × 1440 min`).
    var name: String
    /// Operations performed (propagations, pass searches…).
    var operations: Int
    /// Process CPU time, seconds (all threads).
    var cpuSeconds: Double
    /// Wall-clock time, seconds.
    var wallSeconds: Double
    /// Threads the work ran on (1 for the per-core figures).
    var threads: Int = 1

    /// Operations per CPU second: per-core throughput.
    var operationsPerCPUSecond: Double { Double(operations) / cpuSeconds }

    /// One line: `name: 1440000 ops, cpu 0.512 s, wall 0.520 s, 2.81e+06 ops/s per core`.
    var line: String {
        "\(name): \(operations) ops, cpu \(format(cpuSeconds, 3)) s, wall \(format(wallSeconds, 3)) s, "
            + "\(scientific(operationsPerCPUSecond)) ops/s per core"
    }
}

/// Runs `body` `repetitions` times (after one untimed warm-up) and keeps the fastest run
/// by CPU time. `body` returns the number of operations it did.
func measure(_ name: String, repetitions: Int = 3, _ body: () -> Int) -> Timing {
    blackHole(body())
    var best: Timing? = nil
    for _ in 0..<max(1, repetitions) {
        let clock = ContinuousClock()
        let cpu0 = CPUTime.process()
        let wall0 = clock.now
        let operations = body()
        let cpu = CPUTime.process() - cpu0
        let wall = wall0.duration(to: clock.now)
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18
        let run = Timing(name: name, operations: operations, cpuSeconds: cpu, wallSeconds: wallSeconds)
        if best == nil || run.cpuSeconds < best!.cpuSeconds { best = run }
    }
    return best!
}

/// `ratio concord/python-sgp4: 3.52× (concord 4.1e+06 ops/s, python-sgp4 1.2e+06 ops/s)`:
/// how many times faster (>1) or slower (<1) our throughput is than a reference tool's.
func ratioLine(_ timing: Timing, reference: String, referenceRate: Double) -> String {
    let ratio = timing.operationsPerCPUSecond / referenceRate
    return
        "ratio concord/\(reference): \(format(ratio, 2))x (concord \(scientific(timing.operationsPerCPUSecond)) ops/s, "
        + "\(reference) \(scientific(referenceRate)) ops/s, per core)"
}

/// `value` with `digits` decimals (no Foundation).
func format(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    var fraction = String(Int(rounded) - whole * Int(scale))
    while fraction.count < digits { fraction = "0" + fraction }
    return (value < 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + fraction : "")
}

/// `1.23e+06` style.
func scientific(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return "\(value)" }
    var exponent = 0
    var mantissa = abs(value)
    while mantissa >= 10 { mantissa /= 10; exponent += 1 }
    while mantissa < 1 { mantissa *= 10; exponent -= 1 }
    if Double(format(mantissa, 2))! >= 10 { mantissa /= 10; exponent += 1 }
    let sign = exponent < 0 ? "-" : "+"
    let digits = abs(exponent) < 10 ? "0\(abs(exponent))" : "\(abs(exponent))"
    return (value < 0 ? "-" : "") + format(mantissa, 2) + "e" + sign + digits
}
