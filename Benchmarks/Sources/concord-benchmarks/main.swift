import Foundation
import Orbits

// concord-benchmarks: per-core throughput of the orbit engine on fixed workloads, printed
// next to the reference tools' figures (Benchmarks/reference/*.py). See docs/benchmarks.md.
//
// Usage: concord-benchmarks [--satellites N] [--steps N] [--repetitions N] [--threads N]
//                           [--reference-rate PROPS_PER_S]   (python-sgp4, from sgp4_reference.py)

/// `--name value` from the command line, or `fallback`.
func option(_ name: String, _ fallback: Double) -> Double {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let value = Double(arguments[index + 1])
    else { return fallback }
    return value
}

let satelliteCount = Int(option("--satellites", 1_000))
let steps = Int(option("--steps", 1_440))
let repetitions = Int(option("--repetitions", 3))
let referenceRate = option("--reference-rate", 0)
let threads = Int(option("--threads", Double(BatchThreads.default)))

do {
    let load = measure("catalog: read and select \(satelliteCount) near-earth TLEs", repetitions: 1) {
        (try? Workload.nearEarth(count: satelliteCount, steps: steps))?.satellites.count ?? 0
    }
    print(load.line)
    let workload = try Workload.nearEarth(count: satelliteCount, steps: steps)
    print("workload: \(workload.name), \(workload.propagations) propagations from JD \(workload.start.julianDate)")

    // SGP4: scalar (one `SGP4Propagator.state` call per propagation) and batch (`SGP4Batch`,
    // four near-earth satellites per SIMD lane group), from minutes since epoch and from UTC
    // instants (the python-sgp4 workload), on one thread and on `threads`.
    let propagators = try workload.propagators()
    let batch = SGP4Batch(propagators)
    let instants = workload.instants
    let minutes = workload.minutes
    let check = batch.ephemeris(at: instants, threads: threads)
    print(
        "checksum sum|r| = \(format(Workload.radiusSum(check), 6)) km, "
            + "\(check.errorCodes.filter { $0 != 0 }.count) propagation errors")

    var sgp4Runs: [Timing] = []
    sgp4Runs.append(
        measure("sgp4 scalar, minutes since epoch: \(workload.name)", repetitions: repetitions) {
            var sum = 0.0
            for propagator in propagators {
                for t in minutes { sum += (try? propagator.state(minutesSinceEpoch: t))?.position.x ?? 0 }
            }
            blackHole(sum)
            return workload.propagations
        })
    sgp4Runs.append(
        measure("sgp4 scalar, UTC instants: \(workload.name)", repetitions: repetitions) {
            var sum = 0.0
            for propagator in propagators {
                for t in instants { sum += (try? propagator.state(at: t))?.position.x ?? 0 }
            }
            blackHole(sum)
            return workload.propagations
        })
    sgp4Runs.append(
        measure("sgp4 batch, minutes since epoch, 1 thread: \(workload.name)", repetitions: repetitions) {
            batch.ephemeris(minutesSinceEpoch: minutes, threads: 1).blockSize
        })
    let batchUTC = measure("sgp4 batch, UTC instants, 1 thread: \(workload.name)", repetitions: repetitions) {
        batch.ephemeris(at: instants, threads: 1).blockSize
    }
    sgp4Runs.append(batchUTC)
    if threads > 1 {
        var parallel = measure(
            "sgp4 batch, UTC instants, \(threads) threads: \(workload.name)", repetitions: repetitions
        ) { batch.ephemeris(at: instants, threads: threads).blockSize }
        parallel.threads = threads
        sgp4Runs.append(parallel)
    }
    for run in sgp4Runs { print(run.line) }
    if referenceRate > 0 {
        print(ratioLine(sgp4Runs[1], reference: "python-sgp4 (scalar, UTC)", referenceRate: referenceRate))
        print(ratioLine(batchUTC, reference: "python-sgp4 (batch, UTC)", referenceRate: referenceRate))
    }

    // Deep space (SDP4): the first objects with period >= 225 min on the same grid.
    let deep = try Workload.deepSpace(count: satelliteCount, steps: steps)
    let deepBatch = SGP4Batch(try deep.propagators())
    print("workload: \(deep.name), \(deep.propagations) propagations")
    let deepRun = measure("sgp4 batch, UTC instants, 1 thread: \(deep.name)", repetitions: repetitions) {
        deepBatch.ephemeris(at: instants, threads: 1).blockSize
    }
    print(deepRun.line)
} catch {
    print("concord-benchmarks: \(error)")
    exit(1)
}
