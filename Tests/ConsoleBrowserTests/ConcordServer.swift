import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The built `concord serve` on a fresh SQLite file with the demo consortium, on a free port.
final class ConcordServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    let database: String
    let log: URL

    /// The `concord` binary beside the test runner, or `CONCORD_EXECUTABLE`.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CONCORD_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("concord"))
        }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("concord"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Starts the server in `folder`.
    init(folder: URL) throws {
        guard let executable = Self.executable else {
            throw BrowserFailure(description: "no built concord binary (set CONCORD_EXECUTABLE)")
        }
        port = try Self.freePort()
        database = folder.appendingPathComponent("console.sqlite").path
        log = folder.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = executable
        process.arguments = ["serve", "--database", database, "--port", String(port), "--log-level", "warning"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Waits until `/health` answers.
    func waitUntilReady() async throws {
        for _ in 0..<1800 {
            if let url = URL(string: "\(base)/health"),
                let (_, response) = try? await URLSession.shared.data(from: url),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BrowserFailure(description: "concord serve did not start: \(output)")
    }

    /// The one-time sign-in link `concord serve` printed for the demo administrator.
    var printedLink: String? {
        output.split(whereSeparator: \.isWhitespace).map(String.init)
            .first { $0.hasPrefix("http://") && $0.contains("/console/sign-in/link?code=") }
    }

    /// A fresh sign-in link for `user`, from `concord admin console-link`.
    func link(for user: String) throws -> String {
        guard let executable = Self.executable else { throw BrowserFailure(description: "no concord") }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = executable
        process.arguments = ["admin", "console-link", "--database", database, "--user", user, "--server", base]
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, text.hasPrefix(base) else {
            throw BrowserFailure(description: "console-link failed for \(user): \(text)")
        }
        return text
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// A TCP port nothing listens on now (bound to 0, read back, closed).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BrowserFailure(description: "socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 }
        }
        guard bound else { throw BrowserFailure(description: "bind() failed") }
        let named = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) == 0 }
        }
        guard named else { throw BrowserFailure(description: "getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
