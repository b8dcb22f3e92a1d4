import Foundation

/// CARA sample CDMs used as test inputs, in Fixtures/ (NASA CARA Analysis Tools,
/// `DataFiles/SampleCDMs/OmitronTestCase_Test08_3DNc.cdm`, NOSA; only the keywords Concord
/// needs are kept: header, relative data, metadata, state and the 6×6 covariance). The
/// end-to-end `concord pc` tests read the same file.
enum CARASampleCDMs {
    /// METOP-A vs FENGYUN 1C DEB, 67 m/s: CARA's "2D/3D disagreement" case. Expected (CARA
    /// Pc3D_Hall_UnitTest, HBR 20 m): Pc2D = 2.2660816e-20, Pc3D (Hall) = 1.9271201e-05, both to 1e-3.
    static let omitronTest08 = try! String(
        contentsOf: ScreeningFixture.folder.appendingPathComponent("OmitronTestCase_Test08_3DNc.cdm"), encoding: .utf8)
}
