import Foundation
import Testing

@testable import Orbits

/// 300 objects of the full 2023 catalog (200 near-earth, 100 deep-space, fixed seed), four
/// random UTC times each within ±3 days of epoch, against python-sgp4 2.27 (its C++ Satrec,
/// opsmode 'i', plus 'a' for deep space): `Benchmarks/reference/make_sgp4_fixture.py`.
@Suite struct SGP4PythonReferenceTests {
    struct Row {
        var opsmode: OperationMode
        var elements: MeanElements
        var instant: Instant
        var tsince: Double
        var position: SIMD3<Double>
        var velocity: SIMD3<Double>
    }

    static func rows() throws -> [Row] {
        let url = SharedData.repositoryRoot.appendingPathComponent(
            "Tests/OrbitsTests/Fixtures/sgp4_python_reference.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return try lines.map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let elements = try MeanElements(tle: f[2] + "\n" + f[3])
            let n = f[4...12].map { Double($0)! }
            return Row(
                opsmode: f[1] == "a" ? .afspc : .improved, elements: elements,
                instant: Instant(julianDay: n[0], fraction: n[1]), tsince: n[2],
                position: SIMD3(n[3], n[4], n[5]), velocity: SIMD3(n[6], n[7], n[8]))
        }
    }

    func maxAbs(_ d: SIMD3<Double>) -> Double { max(abs(d.x), abs(d.y), abs(d.z)) }

    /// Scalar and batch paths within 1e-6 km and 1e-9 km/s of python-sgp4 at UTC instants
    /// (so the TLE epoch conversion is checked too: minutes since epoch within 1e-9 min).
    @Test func matchesPythonSGP4AtUTCInstants() throws {
        let rows = try Self.rows()
        #expect(rows.count == 1600)
        var worst = (r: 0.0, v: 0.0, t: 0.0)
        for mode in OperationMode.allCases {
            let subset = rows.filter { $0.opsmode == mode }
            let propagators = subset.map { SGP4Propagator($0.elements, mode: mode) }
            for (row, propagator) in zip(subset, propagators) {
                worst.t = max(worst.t, abs(row.instant.minutes(since: row.elements.epoch) - row.tsince))
                let state = try propagator.state(at: row.instant)
                worst.r = max(worst.r, maxAbs(state.position - row.position))
                worst.v = max(worst.v, maxAbs(state.velocity - row.velocity))
            }
            // Batch: one satellite per row, each at its own instant, through ephemeris(at:).
            let batch = SGP4Batch(propagators)
            for (index, row) in subset.enumerated() where index % 4 == 0 {
                let ephemeris = batch.ephemeris(at: [row.instant], threads: 2)
                let state = ephemeris.state(satellite: index, time: 0)
                worst.r = max(worst.r, maxAbs(state.position - row.position))
                worst.v = max(worst.v, maxAbs(state.velocity - row.velocity))
            }
        }
        print("python-sgp4 fixture: max |dr| \(worst.r) km, |dv| \(worst.v) km/s, |dt| \(worst.t) min")
        #expect(worst.t <= 1e-9)
        #expect(worst.r <= 1e-6)
        #expect(worst.v <= 1e-9)
    }
}
