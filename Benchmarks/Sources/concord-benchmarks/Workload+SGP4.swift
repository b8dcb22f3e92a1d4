import BenchmarkSupport
import Orbits

extension Workload {
    /// The deep-space counterpart of ``nearEarth(count:steps:catalog:)``: the first `count`
    /// objects with period ≥ 225 min (all of them if fewer), same grid.
    static func deepSpace(
        count: Int = 1_000, steps: Int = 1_440, catalog: String = "catalog/active_tle_2026-03-19.txt.gz"
    ) throws -> Workload {
        let all = try CatalogFile.satellites(SharedDataFolder.url(catalog))
        let chosen = all.filter { $0.periodMinutes >= 225 }.prefix(count)
        return Workload(
            name: "\(chosen.count) deep-space x \(steps) min", satellites: Array(chosen),
            start: Instant(julianDay: 2_461_118.5, fraction: 0), steps: steps, stepMinutes: 1)
    }

    /// The satellites' propagators (TLE lines parsed by the Orbits parser; WGS-72, mode `i`).
    func propagators() throws -> [SGP4Propagator] {
        try satellites.map { SGP4Propagator(try MeanElements(tleLine1: $0.line1, line2: $0.line2, name: $0.name)) }
    }

    /// The UTC grid: `steps` instants `stepMinutes` apart from `start`.
    var instants: [Instant] { (0..<steps).map { start.adding(minutes: Double($0) * stepMinutes) } }

    /// Minutes since each epoch: 0, `stepMinutes`, ... (the same offsets for every satellite).
    var minutes: [Double] { (0..<steps).map { Double($0) * stepMinutes } }

    /// Sum of |r| (km) over the valid states of `ephemeris`: python-sgp4's `sgp4_reference.py`
    /// prints the same checksum for the same workload.
    static func radiusSum(_ ephemeris: Ephemeris) -> Double {
        var sum = 0.0
        for s in 0..<ephemeris.satelliteCount {
            for t in 0..<ephemeris.timeCount where ephemeris.error(satellite: s, time: t) == nil {
                let r = ephemeris.state(satellite: s, time: t).position
                sum += (r * r).sum().squareRoot()
            }
        }
        return sum
    }
}
