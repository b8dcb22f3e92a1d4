import BenchmarkSupport
import Foundation
import Orbits

/// A benchmark workload: N satellites from the shared catalog (as their TLE lines), and
/// the time grid to propagate them over. The same definition is used by the Python
/// reference scripts in `Benchmarks/reference/`, so throughputs compare like for like.
struct Workload {
    /// One TLE as read from the catalog (name line optional).
    struct Satellite {
        /// Line 0 without a leading `0 `, or empty.
        var name: String
        /// TLE line 1 (69 characters, trailing blanks trimmed).
        var line1: String
        /// TLE line 2.
        var line2: String
        /// Mean motion, rev/day, read from line 2 columns 53–63 (for selection only).
        var meanMotion: Double
        /// Orbital period, minutes (1440 / mean motion).
        var periodMinutes: Double { 1440 / meanMotion }
    }

    /// What the workload is (`1000 LEO × 1440 min`).
    var name: String
    /// The satellites, in catalog order.
    var satellites: [Satellite]
    /// First time of the grid (UTC).
    var start: Instant
    /// Number of time steps per satellite.
    var steps: Int
    /// Spacing of the steps, minutes.
    var stepMinutes: Double

    /// Propagations the workload asks for: satellites × steps.
    var propagations: Int { satellites.count * steps }

    /// The reference SGP4 workload: the first `count` near-earth objects (period < 225 min,
    /// i.e. mean motion > 6.4 rev/day) of `active_tle_2026-03-19.txt.gz` × `steps` one-minute
    /// steps from the common start 2026-03-19T00:00:00 UTC (JD 2461118.5). Matches
    /// `reference/sgp4_reference.py`.
    static func nearEarth(
        count: Int = 1_000, steps: Int = 1_440, catalog: String = "catalog/active_tle_2026-03-19.txt.gz"
    ) throws -> Workload {
        let all = try CatalogFile.satellites(SharedDataFolder.url(catalog))
        let chosen = all.filter { $0.periodMinutes < 225 }.prefix(count)
        guard chosen.count == count else {
            throw BenchmarkFailure(description: "\(catalog) holds only \(chosen.count) near-earth objects")
        }
        return Workload(
            name: "\(count) LEO x \(steps) min", satellites: Array(chosen),
            start: Instant(julianDay: 2_461_118.5, fraction: 0), steps: steps, stepMinutes: 1)
    }
}
