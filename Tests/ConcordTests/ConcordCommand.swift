import Foundation

/// Runs the built `concord` executable as a subprocess, as a user would, and captures what
/// it prints and its exit status.
///
/// The binary is found in the build products directory that holds the test bundle (as
/// swift-argument-parser's own end-to-end tests do), or at `CONCORD_EXECUTABLE` if set.
struct ConcordCommand {
    /// What one run produced.
    struct Result {
        /// Standard output, UTF-8.
        var standardOutput: String
        /// Standard error, UTF-8.
        var standardError: String
        /// The exit status (or the terminating signal number when killed).
        var exitCode: Int32
    }

    /// Why a run could not happen.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The `concord` binary, or `nil` when it cannot be found.
    static let executable: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CONCORD_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        // Linux: the test runner is `.build/<triple>/debug/ConcordPackageTests.xctest` itself.
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("concord"))
        }
        // macOS: the `.xctest` bundle sits in the products directory.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("concord"))
        }
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `concord` with `arguments`, no standard input, killing it after `timeout` seconds.
    /// `environment` is added to this process's environment.
    static func run(
        _ arguments: [String], timeout: TimeInterval = 60, environment: [String: String] = [:]
    ) throws -> Result {
        guard let executable else {
            throw Failure(description: "no built `concord` beside the test bundle (set CONCORD_EXECUTABLE)")
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concord-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "concord \(arguments.joined(separator: " ")) ran over \(timeout) s")
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}
