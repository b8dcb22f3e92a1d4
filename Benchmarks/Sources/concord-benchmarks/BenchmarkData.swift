import Foundation

/// Finds the shared data (`../shared/data` beside the repository, or `CONCORD_SHARED_DATA`)
/// and reads files from it, gunzipping `.gz` through `gzip -dc`.
enum BenchmarkData {
    /// A benchmark set-up failure (missing data, short catalog).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root: this file is `Benchmarks/Sources/concord-benchmarks/BenchmarkData.swift`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared data folder.
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// A file under the shared data folder.
    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The file's text, gunzipped when it ends in `.gz`.
    static func text(_ url: URL) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Failure(description: "\(url.path) not found (set CONCORD_SHARED_DATA)")
        }
        guard url.pathExtension == "gz" else { return try String(contentsOf: url, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\"", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "gzip -dc \(url.path) failed") }
        return String(decoding: data, as: UTF8.self)
    }
}
