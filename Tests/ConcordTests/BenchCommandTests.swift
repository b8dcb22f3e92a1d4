import Foundation
import Testing

@testable import concord

/// End-to-end: `concord bench` runs its workloads on the shared catalog (timings are not
/// asserted; the workload's checksum is, against python-sgp4).
@Suite("concord bench")
struct BenchCommandTests {
    @Test(.enabled(if: TestFiles.sharedDataAvailable, TestFiles.sharedDataMissing))
    func sgp4WorkloadMatchesPythonSGP4Checksum() throws {
        let result = try ConcordCommand.run([
            "bench", "sgp4", "--satellites", "10", "--steps", "10", "--repetitions", "1", "--threads", "2",
            "--data", TestFiles.sharedData.path,
        ])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        // python-sgp4 2.27 SatrecArray on the same 10 x 10 grid (first 10 objects with period
        // < 225 min / >= 225 min of active_tle_2026-03-19, one-minute steps from JD 2461118.5):
        // np.nansum(|r|) = 756478.5002277674 km and 3420153.4257332734 km, no errors.
        for (label, checksum) in [("near-earth", 756_478.5002277674), ("deep-space", 3_420_153.4257332734)] {
            let line = try #require(
                result.standardOutput.split(separator: "\n").first { $0.hasPrefix("workload: 10 \(label)") })
            let value = try #require(
                Double(line.split(separator: "=").last!.dropLast(3).trimmingCharacters(in: .whitespaces)))
            #expect(abs(value - checksum) < 1e-5, "\(line)")
            #expect(line.contains("0 SGP4 errors"))
        }
        #expect(result.standardOutput.contains("sgp4 near-earth | batch, UTC instants, 1 thread: 100 propagations"))
        #expect(result.standardOutput.contains("sgp4 deep-space | scalar, UTC instants, 1 thread: 100 propagations"))
    }

    @Test func benchmarkStationsAreTheCommittedFile() throws {
        let committed = try String(
            contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Benchmarks/reference/stations_bench10.csv"),
            encoding: .utf8)
        #expect(committed == BenchStations.csv)
    }

    @Test func missingDataFolderIsNamed() throws {
        let result = try ConcordCommand.run(["bench", "sgp4", "--data", "/no/such/folder"])
        #expect(result.exitCode == 1)
        #expect(result.standardError.contains("/no/such/folder"))
        #expect(result.standardError.contains("shared data not found"))
    }
}
