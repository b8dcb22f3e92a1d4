import BenchmarkSupport
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// data-benchmarks: uploads and downloads a large file (1 GiB by default) to a `concord serve`
// over loopback and reports MB/s each way, the server's CPU seconds per transfer and its peak
// RSS (VmHWM) and RSS samples, and the client's CPU seconds. The client is `concord data put|get`
// itself (`--client concord`, the default: AsyncHTTPClient, the put hashing the file first),
// curl (`--client curl`) or URLSession in this process (`--client urlsession`, upload from file,
// download to file).
//
//   swift build -c release --product concord            (in the repository root)
//   swift run -c release data-benchmarks [--size-mib 1024] [--runs 3] [--client concord|curl|urlsession]

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let sizeMiB = Int(option("--size-mib") ?? "1024") ?? 1024
let runs = Int(option("--runs") ?? "3") ?? 3
let client = option("--client") ?? "concord"
/// `--no-flush`: do not `sync(2)` before each download (the kernel may then throttle the writer).
let flushBetween = !CommandLine.arguments.contains("--no-flush")
let root = SharedDataFolder.repositoryRoot
let concord = URL(fileURLWithPath: option("--concord") ?? root.appendingPathComponent(".build/release/concord").path)
let work = URL(fileURLWithPath: option("--work-dir") ?? NSTemporaryDirectory())
    .appendingPathComponent("concord-data-bench-\(UUID().uuidString)")

func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = executable
    process.arguments = arguments
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkFailure(description: "\(executable.lastPathComponent) \(arguments) failed")
    }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

guard FileManager.default.isExecutableFile(atPath: concord.path) else {
    throw BenchmarkFailure(description: "no \(concord.path): run `swift build -c release --product concord` first")
}
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
let database = work.appendingPathComponent("bench.sqlite").path
_ = try run(
    concord, ["import", "snapshot", root.appendingPathComponent("Demo/consortium").path, "--database", database])
let token = try run(concord, ["admin", "create-token", "--database", database, "--user", "nasa-operator"])

// The content: 1 MiB of pseudo-random bytes repeated; each run changes its first 8 bytes so that
// no upload is de-duplicated against the previous one.
let source = work.appendingPathComponent("content.bin")
var generator = SystemRandomNumberGenerator()
let block = Data((0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &generator) })
FileManager.default.createFile(atPath: source.path, contents: nil)
let handle = try FileHandle(forWritingTo: source)
for _ in 0..<sizeMiB { handle.write(block) }
try handle.close()
let bytes = Double(sizeMiB) * 1_048_576

let server = try ServerProcess(concord: concord, database: database, port: Int.random(in: 20_000...40_000))
defer { server.stop() }
try await server.waitUntilReady()
let base = "http://127.0.0.1:\(server.port)"
let metadata = #"{"mission":"hubble","agreement":"iss-iga","productType":"telemetry"}"#
let configuration = URLSessionConfiguration.ephemeral
configuration.timeoutIntervalForRequest = 3600
let session = URLSession(configuration: configuration)

/// This process's CPU seconds plus those of its waited-for children (curl, concord), user + system.
func clientCPUSeconds() -> Double {
    func seconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
    }
    var own = rusage()
    var children = rusage()
    #if os(Linux)
        getrusage(Int32(RUSAGE_SELF.rawValue), &own)
        getrusage(Int32(RUSAGE_CHILDREN.rawValue), &children)
    #else
        getrusage(RUSAGE_SELF, &own)
        getrusage(RUSAGE_CHILDREN, &children)
    #endif
    return seconds(own) + seconds(children)
}

/// Samples the server's RSS every 50 ms while `body` runs; returns the body's wall time, the largest
/// sample (KiB), the server's CPU seconds and the client's (this process and its children).
func measured(
    _ server: ServerProcess, _ body: () async throws -> Void
) async throws -> (seconds: Double, rssKiB: Int, cpu: Double, clientCPU: Double) {
    let sampler = Task {
        var peak = 0
        while !Task.isCancelled {
            peak = max(peak, server.statusKiB("VmRSS") ?? 0)
            try? await Task.sleep(for: .milliseconds(50))
        }
        return peak
    }
    let cpu = server.cpuSeconds()
    let clientCPU = clientCPUSeconds()
    let start = ContinuousClock.now
    try await body()
    let elapsed = ContinuousClock.now - start
    sampler.cancel()
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return (seconds, await sampler.value, server.cpuSeconds() - cpu, clientCPUSeconds() - clientCPU)
}

let curl = URL(fileURLWithPath: "/usr/bin/curl")
var uploads: [Double] = []
var downloads: [Double] = []
var uploadCPU: [(server: Double, client: Double)] = []
var downloadCPU: [(server: Double, client: Double)] = []
print("data-benchmarks: \(sizeMiB) MiB, \(runs) runs, client \(client), load \(loadAverage())")
print("idle server RSS \(server.statusKiB("VmRSS") ?? 0) KiB")
for runIndex in 0..<runs {
    let patch = try FileHandle(forWritingTo: source)
    try patch.seek(toOffset: 0)
    patch.write(withUnsafeBytes(of: UInt64(runIndex + 1)) { Data($0) })
    try patch.close()
    var id = ""
    let up = try await measured(server) {
        if client == "curl" {
            let answer = try run(
                curl,
                [
                    "-sS", "--fail", "-X", "POST", "-H", "Authorization: Bearer \(token)", "-H",
                    "Concord-Metadata: \(metadata)", "-H", "Content-Type: application/octet-stream", "-H", "Expect:",
                    "-T", source.path, "\(base)/api/v1/products",
                ])
            id = (try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])?["id"] as? String ?? ""
        } else if client == "concord" {
            let answer = try run(
                concord,
                [
                    "data", "put", source.path, "--server", base, "--mission", "hubble", "--agreement", "iss-iga",
                    "--type", "telemetry",
                ], environment: ["CONCORD_TOKEN": token])
            id = (try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])?["id"] as? String ?? ""
        } else {
            var request = URLRequest(url: URL(string: "\(base)/api/v1/products")!)
            request.httpMethod = "POST"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue(metadata, forHTTPHeaderField: "Concord-Metadata")
            let (data, response) = try await session.upload(for: request, fromFile: source)
            guard (response as? HTTPURLResponse)?.statusCode == 201 else {
                throw BenchmarkFailure(description: "upload: \(String(decoding: data, as: UTF8.self))")
            }
            id = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["id"] as? String ?? ""
        }
    }
    let target = work.appendingPathComponent("download-\(runIndex).bin")
    // Each transfer starts with the page cache flushed, as the first run's does: otherwise the
    // kernel's writeback of the previous run's gigabyte throttles this run's writer (the client's
    // CPU per GiB doubles from the second run on, the server's does not change).
    if flushBetween { sync() }
    let down = try await measured(server) {
        if client == "curl" {
            _ = try run(
                curl,
                [
                    "-sS", "--fail", "-H", "Authorization: Bearer \(token)", "-o", target.path,
                    "\(base)/api/v1/products/\(id)/content",
                ])
        } else if client == "concord" {
            _ = try run(
                concord, ["data", "get", id, "--server", base, "-o", target.path], environment: ["CONCORD_TOKEN": token]
            )
        } else {
            var request = URLRequest(url: URL(string: "\(base)/api/v1/products/\(id)/content")!)
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            let (file, response) = try await session.download(for: request)
            guard (response as? HTTPURLResponse)?.statusCode == 200 else {
                throw BenchmarkFailure(description: "download failed")
            }
            try FileManager.default.moveItem(at: file, to: target)
        }
    }
    let size = (try FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
    guard size == Int(bytes) else { throw BenchmarkFailure(description: "downloaded \(size) bytes, not \(Int(bytes))") }
    try FileManager.default.removeItem(at: target)
    uploads.append(bytes / up.seconds / 1e6)
    downloads.append(bytes / down.seconds / 1e6)
    uploadCPU.append((up.cpu, up.clientCPU))
    downloadCPU.append((down.cpu, down.clientCPU))
    print(
        String(
            format: "run %d: upload %.0f MB/s (%.2f s, CPU server %.2f s client %.2f s, RSS ≤ %d KiB); "
                + "download %.0f MB/s (%.2f s, CPU server %.2f s client %.2f s, RSS ≤ %d KiB); load ",
            runIndex + 1, uploads.last!, up.seconds, up.cpu, up.clientCPU, up.rssKiB, downloads.last!, down.seconds,
            down.cpu, down.clientCPU, down.rssKiB) + loadAverage())
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let gibibytes = bytes / 1_073_741_824
print(
    String(
        format: "median: upload %.0f MB/s, download %.0f MB/s; CPU per GiB (median) server %.2f s up, %.2f s down, "
            + "client %.2f s up, %.2f s down; server peak RSS (VmHWM) %d KiB",
        median(uploads), median(downloads), median(uploadCPU.map(\.server)) / gibibytes,
        median(downloadCPU.map(\.server)) / gibibytes, median(uploadCPU.map(\.client)) / gibibytes,
        median(downloadCPU.map(\.client)) / gibibytes, server.statusKiB("VmHWM") ?? 0) + "; load \(loadAverage())")

func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3)
        .joined(separator: " ")
}
