import Foundation
import Testing

/// Locates `../shared/data` beside the repository (real public data with provenance).
///
/// Tests that need it call `SharedData.url(...)` and are disabled with a clear message
/// through `.enabled(if: SharedData.isAvailable, SharedData.missingMessage)` when absent.
enum SharedData {
    /// The repository root, found from this file's path (`Tests/ScreeningTests/…`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` relative to the repository root, or `CONCORD_SHARED_DATA` if set.
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }

    static let missingMessage: Comment =
        "../shared/data is absent beside the repository (set CONCORD_SHARED_DATA): skipped"

    /// A file under the shared data folder, e.g. `url("sgp4-verification/SGP4-VER.TLE")`.
    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relativePath)), as: UTF8.self)
    }
}
