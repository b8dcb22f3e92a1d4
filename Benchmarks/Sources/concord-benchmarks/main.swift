import Foundation
import Orbits

// concord-benchmarks: per-core throughput of the orbit engine on fixed workloads, printed
// next to the reference tools' figures (Benchmarks/reference/*.py). See docs/benchmarks.md.
//
// Usage: concord-benchmarks [--satellites N] [--steps N] [--repetitions N]
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

do {
    let load = measure("catalog: read and select \(satelliteCount) near-earth TLEs", repetitions: 1) {
        (try? Workload.nearEarth(count: satelliteCount, steps: steps))?.satellites.count ?? 0
    }
    print(load.line)
    let workload = try Workload.nearEarth(count: satelliteCount, steps: steps)
    print("workload: \(workload.name), \(workload.propagations) propagations from JD \(workload.start.julianDate)")

    // Time-grid baseline: the cost of walking satellites × steps and forming the SGP4 time
    // argument (minutes since epoch), with no propagation. The SGP4 workloads are measured
    // against the same grid.
    let grid = measure("baseline: time grid only", repetitions: repetitions) {
        var sum = 0.0
        for satellite in workload.satellites {
            let offset = satellite.meanMotion  // stands in for the epoch offset
            for step in 0..<workload.steps {
                sum += Double(step) * workload.stepMinutes + offset
            }
        }
        blackHole(sum)
        return workload.propagations
    }
    print(grid.line)

    // TODO(lead): SGP4 single-satellite and batch workloads once the propagator lands, e.g.
    //   let sgp4 = measure("sgp4: \(workload.name)", repetitions: repetitions) { ... }
    //   print(sgp4.line)
    //   if referenceRate > 0 { print(ratioLine(sgp4, reference: "python-sgp4", referenceRate: referenceRate)) }
    if referenceRate > 0 {
        print("reference python-sgp4: \(scientific(referenceRate)) props/s per core (no SGP4 workload yet)")
    }
} catch {
    print("concord-benchmarks: \(error)")
    exit(1)
}
