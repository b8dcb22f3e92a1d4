import Foundation
import Orbits

/// The shared public data (`../shared/data` beside the repository), located as the tests'
/// `SharedData` helper does: `--data`, else `CONCORD_SHARED_DATA`, else beside the
/// repository this binary was built from, else `../shared/data` from the working directory.
struct SharedDataFolder {
    /// The folder.
    var path: String

    /// The repository root of these sources: this file is `Sources/concord/SharedDataFolder.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Finds the folder; throws naming every place tried.
    static func locate(_ explicit: String?) throws(CommandError) -> SharedDataFolder {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if explicit == nil, let environment = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            candidates.append(environment)
        }
        if explicit == nil {
            candidates.append(repositoryRoot + "/../shared/data")
            candidates.append(FileManager.default.currentDirectoryPath + "/../shared/data")
        }
        let catalog = "catalog/active_tle_2026-03-19.txt.gz"
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/" + catalog) {
            return SharedDataFolder(path: URL(fileURLWithPath: candidate).standardizedFileURL.path)
        }
        throw CommandError(
            .missingData,
            "shared data not found (looked for \(catalog) in \(candidates.joined(separator: ", "))); "
                + "pass --data <dir> or set CONCORD_SHARED_DATA")
    }

    /// The path of a file in the folder.
    func file(_ relativePath: String) -> String { path + "/" + relativePath }

    /// Every element set of the 2026-03-19 active catalog (14,710), in file order.
    func activeCatalog() throws(CommandError) -> [MeanElements] {
        let path = file("catalog/active_tle_2026-03-19.txt.gz")
        let catalog = TLECatalog(bytes: try InputFile.data(path), file: path)
        if let error = catalog.errors.first { throw CommandError(.invalidContent, file: path, error.description) }
        return catalog.elements
    }
}

extension MeanElements {
    /// Orbital period from the TLE mean motion, minutes: the workloads split near-earth
    /// (< 225 min) from deep-space objects with it, as `Benchmarks/reference/catalog.py` does.
    var periodMinutes: Double { 1_440 / meanMotion }
}
