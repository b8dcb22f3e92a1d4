import Foundation
import Testing

/// End-to-end: `concord pc` on CDMs. Reference values: NASA CARA's Pc3D_Hall_UnitTest
/// (`OmitronTestCase_Test08_3DNc.cdm`, NOSA: Pc2D = 2.2660816e-20 to 1e-3, 3D Pc 1.9271201e-05) and
/// the independent SciPy integration in Benchmarks/collision/pc_reference.py (2.266075116538239e-20
/// for that CDM with HBR 20 m; 4.604316318161667e-05 for CARA's DensityDecorrelationTestCaseCDM02
/// with its stated 6 m operator hard-body radius).
@Suite("concord pc")
struct PcCommandTests {
    static let omitronTest08 = """
        CCSDS_CDM_VERS                     = 1.0
        CREATION_DATE                      = 2017-225T22:16:40.000
        ORIGINATOR                         = JSPOC
        MESSAGE_ID                         = 29499_conj_31746_20170820_050235_20170813_221640
        TCA                                = 2017-232T05:02:35.819
        MISS_DISTANCE                      = 7306.054688              [m]
        RELATIVE_SPEED                     = 66.803100586             [m/s]
        RELATIVE_POSITION_R                = -59.946598               [m]
        RELATIVE_POSITION_T                = 7056.211426              [m]
        RELATIVE_POSITION_N                = 1893.336914              [m]
        RELATIVE_VELOCITY_R                = -11.904530525            [m/s]
        RELATIVE_VELOCITY_T                = -17.129621506            [m/s]
        RELATIVE_VELOCITY_N                = 63.462680817             [m/s]
        OBJECT                             = OBJECT1
        OBJECT_DESIGNATOR                  = 29499
        CATALOG_NAME                       = SATCAT
        OBJECT_NAME                        = METOP-A
        INTERNATIONAL_DESIGNATOR           = NONE
        EPHEMERIS_NAME                     = NONE
        COVARIANCE_METHOD                  = CALCULATED
        MANEUVERABLE                       = YES
        REF_FRAME                          = EME2000
        X                                  = -837.964597              [km]
        Y                                  = -817.188717              [km]
        Z                                  = 7094.136015              [km]
        X_DOT                              = -2.670646534             [km/s]
        Y_DOT                              = 6.931563469              [km/s]
        Z_DOT                              = 0.482778663              [km/s]
        CR_R                               = 3.780205677463017e+01    [m**2]
        CT_R                               = -1.038317277049028e+02   [m**2]
        CT_T                               = 2.821851661178311e+04    [m**2]
        CN_R                               = 7.433349391917346e+00    [m**2]
        CN_T                               = -2.371331713059430e+01   [m**2]
        CN_N                               = 2.485621929200129e+00    [m**2]
        CRDOT_R                            = 8.343944900719350e-02    [m**2/s]
        CRDOT_T                            = -2.914659920835372e+01   [m**2/s]
        CRDOT_N                            = 1.990804257226883e-02    [m**2/s]
        CRDOT_RDOT                         = 3.012197293754171e-02    [m**2/s**2]
        CTDOT_R                            = -3.896392265330499e-02   [m**2/s]
        CTDOT_T                            = 7.137473967365741e-02    [m**2/s]
        CTDOT_N                            = -7.658785552410726e-03   [m**2/s]
        CTDOT_RDOT                         = -4.910033743422013e-05   [m**2/s**2]
        CTDOT_TDOT                         = 4.020739250295409e-05    [m**2/s**2]
        CNDOT_R                            = 6.600490476768472e-04    [m**2/s]
        CNDOT_T                            = 1.994031459557760e-02    [m**2/s]
        CNDOT_N                            = 1.206047247599790e-03    [m**2/s]
        CNDOT_RDOT                         = -2.153667710575869e-05   [m**2/s**2]
        CNDOT_TDOT                         = -7.075146571533870e-07   [m**2/s**2]
        CNDOT_NDOT                         = 5.835063371256877e-06    [m**2/s**2]
        OBJECT                             = OBJECT2
        OBJECT_DESIGNATOR                  = 31746
        CATALOG_NAME                       = SATCAT
        OBJECT_NAME                        = FENGYUN 1C DEB
        INTERNATIONAL_DESIGNATOR           = NONE
        EPHEMERIS_NAME                     = NONE
        COVARIANCE_METHOD                  = CALCULATED
        MANEUVERABLE                       = YES
        REF_FRAME                          = EME2000
        X                                  = -842.242641              [km]
        Y                                  = -811.267289              [km]
        Z                                  = 7094.252034              [km]
        X_DOT                              = -2.721887601             [km/s]
        Y_DOT                              = 6.894980919              [km/s]
        Z_DOT                              = 0.460446534              [km/s]
        CR_R                               = 1.085500990335859e+03    [m**2]
        CT_R                               = -4.370013951498373e+04   [m**2]
        CT_T                               = 1.717578505459546e+07    [m**2]
        CN_R                               = 5.047711809061079e+02    [m**2]
        CN_T                               = -9.492934326385051e+02   [m**2]
        CN_N                               = 4.563276116320744e+02    [m**2]
        CRDOT_R                            = 4.456673548683231e+01    [m**2/s]
        CRDOT_T                            = -1.779646963565303e+04   [m**2/s]
        CRDOT_N                            = 8.167604827329958e-01    [m**2/s]
        CRDOT_RDOT                         = 1.844086732165904e+01    [m**2/s**2]
        CTDOT_R                            = -1.041119375404757e+00   [m**2/s]
        CTDOT_T                            = 1.277564098123014e+01    [m**2/s]
        CTDOT_N                            = -5.209517087151387e-01   [m**2/s]
        CTDOT_RDOT                         = -1.250257448665837e-02   [m**2/s**2]
        CTDOT_TDOT                         = 1.053719905683933e-03    [m**2/s**2]
        CNDOT_R                            = 6.083982242906582e-01    [m**2/s]
        CNDOT_T                            = 1.662012745022279e+00    [m**2/s]
        CNDOT_N                            = 6.014583550689848e-01    [m**2/s]
        CNDOT_RDOT                         = -1.304942606337937e-03   [m**2/s**2]
        CNDOT_TDOT                         = -6.372891143573776e-04   [m**2/s**2]
        CNDOT_NDOT                         = 1.804866152910259e-03    [m**2/s**2]

        """

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
