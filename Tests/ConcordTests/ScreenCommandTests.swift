import Foundation
import Testing

/// `concord screen` end to end on the committed ISS-shell subset (Tests/ScreeningTests/Fixtures,
/// from the 2023-09-04 full catalog): the CSV, the CDM folder, and `concord pc` on a CDM
/// without covariance.
@Suite("Screen command")
struct ScreenCommandTests {
    static let catalog = TestFiles.repositoryRoot
        .appendingPathComponent("Tests/ScreeningTests/Fixtures/iss_subset_2023-09-04.3le").path

    @Test("--cdm-out writes one CDM per conjunction; concord pc gives the maximum Pc for them")
    func cdmFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-cdm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ConcordCommand.run([
            "screen", "--catalog", Self.catalog, "--from", "2023-09-04T00:00:00Z", "--span", "2h",
            "--threshold", "5km", "--format", "csv", "--quiet", "--cdm-out", folder.path,
        ])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let rows = run.standardOutput.split(separator: "\n").dropFirst()
        #expect(rows.count > 10, "the ISS with its docked vehicles alone gives several")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == rows.count)
        #expect(files.allSatisfy { $0.hasPrefix("CONCORD-") && $0.hasSuffix(".cdm") })
        // The ISS (25544) and one of its docked vehicles, a co-moving pair.
        let iss = try #require(files.first { $0.hasPrefix("CONCORD-25544-") })
        let text = try String(contentsOf: folder.appendingPathComponent(iss), encoding: .utf8)
        #expect(text.contains("CCSDS_CDM_VERS"))
        #expect(text.contains("REF_FRAME                            = ITRF"))
        let pc = try ConcordCommand.run(["pc", folder.appendingPathComponent(iss).path, "--hbr", "20"])
        #expect(pc.exitCode == 0, "\(pc.standardError)")
        #expect(pc.standardOutput.contains("Pc2D=nan"))
        let maximum = try #require(
            pc.standardOutput.split(separator: "\n").first { $0.hasPrefix("PcMax=") }?.dropFirst(6).split(
                separator: " "
            )
            .first.flatMap { Double($0) })
        let miss = try #require(
            pc.standardOutput.split(separator: "\n").first { $0.hasPrefix("miss_m=") }.flatMap {
                Double($0.dropFirst(7))
            })
        // Alfano's isotropic maximum for R ≪ d: R² / (e d²), to 1%.
        #expect(abs(maximum / (400 / (exp(1) * miss * miss)) - 1) < 0.01)
    }
}
