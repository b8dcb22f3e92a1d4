import BenchmarkSupport
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `concord serve` started for the benchmark, with its memory read from `/proc`.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let log: URL

    /// Starts `concord serve` on `database` (demo imported, no demo loading).
    init(concord: URL, database: String, port: Int) throws {
        self.port = port
        log = URL(fileURLWithPath: database + ".log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = concord
        process.arguments = [
            "serve", "--database", database, "--port", String(port), "--no-demo", "--log-level", "warning",
        ]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
    }

    /// Waits for `/health`.
    func waitUntilReady() async throws {
        for _ in 0..<600 {
            if let (_, response) = try? await URLSession.shared.data(
                from: URL(string: "http://127.0.0.1:\(port)/health")!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchmarkFailure(description: "the server did not start; see \(log.path)")
    }

    /// A field of `/proc/<pid>/status` in KiB (`VmRSS`, `VmHWM`).
    func statusKiB(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
        }
        return nil
    }

    /// The server's user + system CPU time, seconds (`/proc/<pid>/stat` fields 14 and 15).
    func cpuSeconds() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return 0 }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
