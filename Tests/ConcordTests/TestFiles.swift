import Foundation
import Testing

/// Temporary input files for the end-to-end tests, and the locations of the repository and
/// of the shared data (`../shared/data` beside it, as `Tests/OrbitsTests/SharedData.swift`).
enum TestFiles {
    /// The repository root: this file is `Tests/ConcordTests/TestFiles.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared data folder (`CONCORD_SHARED_DATA` overrides).
    static let sharedData: URL = {
        if let override = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// Whether the shared data is present.
    static var sharedDataAvailable: Bool {
        FileManager.default.fileExists(
            atPath: sharedData.appendingPathComponent("catalog/active_tle_2026-03-19.txt.gz").path)
    }

    /// Why the data tests are disabled.
    static let sharedDataMissing: Comment =
        "needs ../shared/data beside the repository (or CONCORD_SHARED_DATA); see ../shared/data/*/PROVENANCE.md"

    /// Writes `text` to a new temporary file named `name` and returns its path (inside the test's
    /// scratch folder when the suite carries `.scratchFolder`, so it is removed with it).
    static func write(_ text: String, named name: String) throws -> String {
        let directory = (ScratchFolder.current ?? FileManager.default.temporaryDirectory)
            .appendingPathComponent("concord-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The ISS element set of `../shared/data/catalog/active_tle_2026-03-19.txt.gz` (also in
    /// `Demo/satellites.tle`), embedded so the tests run without the shared data.
    static let issTLE = """
        ISS (ZARYA)
        1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
        2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798

        """

    /// GOES 16 (geostationary, SDP4) from the same catalog.
    static let goesTLE = """
        GOES 16
        1 41866U 16071A   26078.25421056 -.00000089  00000+0  00000+0 0  9994
        2 41866   0.1337  86.3091 0002216 228.8632 208.4515  1.00271508 34208

        """

    /// Two stations in the Concord station format (positions from NASA NDOSL).
    static let stationsCSV = """
        id,name,lat_deg,lon_deg,height_m,min_elevation_deg,mask,network,bands
        KI2S,"Kiruna, Sweden",67.8571252,20.9643417,402.275,5,,NDOSL,S
        WPSS,"Wallops Island, VA",37.9265899,-75.4763045,-12.762,,0:8 90:3 180:5 270:10,NDOSL,S

        """

    /// Splits CSV text without quoted commas into rows of fields (header included).
    static func csvRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
