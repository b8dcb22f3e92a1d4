import Foundation
import Testing

/// End-to-end: `concord pc` on CDMs. Reference values: NASA CARA's Pc3D_Hall_UnitTest
/// (`OmitronTestCase_Test08_3DNc.cdm`, NOSA: Pc2D = 2.2660816e-20 to 1e-3, 3D Pc 1.9271201e-05) and
/// the independent SciPy integration in Benchmarks/collision/pc_reference.py (2.266075116538239e-20
/// for that CDM with HBR 20 m; 4.604316318161667e-05 for CARA's DensityDecorrelationTestCaseCDM02
/// with its stated 6 m operator hard-body radius).
@Suite("concord pc", .scratchFolder)
struct PcCommandTests {
    /// The CDM of Tests/ScreeningTests/Fixtures (its provenance in CARASampleCDMs.swift).
    static let omitronTest08 = try! String(
        contentsOf: TestFiles.repositoryRoot.appendingPathComponent(
            "Tests/ScreeningTests/Fixtures/OmitronTestCase_Test08_3DNc.cdm"),
        encoding: .utf8)

    static func value(_ key: String, in output: String) -> Double? {
        for line in output.split(separator: "\n") where line.hasPrefix(key + "=") {
            let text = line.dropFirst(key.count + 1).prefix { !$0.isWhitespace }
            return Double(text)
        }
        return nil
    }

    @Test("Slow encounter: Pc2D as CARA and SciPy, the usage warning and the Monte Carlo value")
    func slowEncounter() throws {
        let file = try TestFiles.write(Self.omitronTest08, named: "test08.cdm")
        let result = try ConcordCommand.run(["pc", file, "--hbr", "20", "--samples", "200000"], timeout: 300)
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        let out = result.standardOutput
        let pc = try #require(Self.value("Pc2D", in: out))
        #expect(abs(pc - 2.2660816e-20) / 2.2660816e-20 < 1e-3)
        #expect(abs(pc - 2.266075116538239e-20) / 2.266075116538239e-20 < 1e-9)
        #expect(out.contains("method=FOSTER-1992"))
        #expect(out.contains("warning: 2D method not valid: slow encounter"))
        let mc = try #require(Self.value("PcMC", in: out))
        #expect(mc > 1e-6 && mc < 1e-4, "two-body Monte Carlo is 15 orders above the 2D value")
        #expect(out.contains("in 200000 draws"))
    }

    @Test(
        "Hard-body radius from CARA's COMMENT line, and --hbr overriding it",
        .enabled(if: FileManager.default.fileExists(atPath: TestFiles.sharedData.path), TestFiles.sharedDataMissing))
    func hardBodyRadiusFromComment() throws {
        let path = TestFiles.sharedData
            .appendingPathComponent("ccsds/cdm/cara_unit_test_cdms/DensityDecorrelationTestCaseCDM02.txt").path
        let stated = try ConcordCommand.run(["pc", path])
        #expect(stated.exitCode == 0, "stderr: \(stated.standardError)")
        #expect(stated.standardOutput.contains("hbr_m=6.0 (CDM COMMENT)"))
        let pc = try #require(Self.value("Pc2D", in: stated.standardOutput))
        #expect(abs(pc - 4.604316318161667e-05) / 4.604316318161667e-05 < 1e-9)
        #expect(stated.standardOutput.contains("cdm_pc=5.8587110000e-05 (FOSTER-1992)"))
        #expect(!stated.standardOutput.contains("PcMC="))
        // Empty TIME_LASTOB_START etc. are reported, not fatal.
        #expect(stated.standardError.contains("TIME_LASTOB_START"))

        let option = try ConcordCommand.run(["pc", path, "--hbr", "12"])
        let larger = try #require(Self.value("Pc2D", in: option.standardOutput))
        #expect(larger > 3.9 * pc && larger < 4 * pc, "Pc grows about as HBR² for a small disk")
    }

    @Test("A malformed CDM fails with the file, line and keyword")
    func malformed() throws {
        let broken = Self.omitronTest08.replacingOccurrences(
            of: "CT_T                               = 2.821851661178311e+04", with: "CT_T = 2.8e+04x")
        let file = try TestFiles.write(broken, named: "broken.cdm")
        let result = try ConcordCommand.run(["pc", file, "--hbr", "20"])
        #expect(result.exitCode != 0)
        #expect(result.standardError.contains("broken.cdm:31: CT_T = \"2.8e+04x\""))
    }

    @Test("No hard-body radius anywhere: a clear error")
    func noRadius() throws {
        let file = try TestFiles.write(Self.omitronTest08, named: "nohbr.cdm")
        let result = try ConcordCommand.run(["pc", file])
        #expect(result.exitCode != 0)
        #expect(result.standardError.contains("no hard-body radius"))
    }
}
