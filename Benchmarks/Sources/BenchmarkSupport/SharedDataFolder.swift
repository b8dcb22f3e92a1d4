import Foundation

/// The shared data folder the benchmarks read (`../shared/data` beside the repository, or
/// `CONCORD_SHARED_DATA`), and its files, gunzipped through `gzip -dc` when they end in `.gz`.
public enum SharedDataFolder {
    /// The repository root: this file is `Benchmarks/Sources/BenchmarkSupport/SharedDataFolder.swift`.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared data folder.
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CONCORD_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// A file under the shared data folder.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The file's bytes, gunzipped when its name ends in `.gz`.
    public static func data(_ url: URL) throws -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw BenchmarkFailure(description: "\(url.path) not found (set CONCORD_SHARED_DATA)")
        }
        guard url.pathExtension == "gz" else { return try Data(contentsOf: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec gzip -dc \"$0\"", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkFailure(description: "gzip -dc \(url.path) failed")
        }
        return data
    }

    /// The file's text (UTF-8), gunzipped when its name ends in `.gz`.
    public static func text(_ url: URL) throws -> String { String(decoding: try data(url), as: UTF8.self) }
}
