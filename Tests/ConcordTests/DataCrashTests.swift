import Crypto
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The data exchange through the built binary: the CLI against a running server, and a server
/// killed with SIGKILL in the middle of 100 concurrent uploads.
@Suite("concord data", .serialized, .scratchFolder)
struct DataCrashTests {
    typealias RunningServer = ServeCommandTests.RunningServer

    /// A database with the demo consortium and a token for NASA's operator.
    static func demoDatabase() throws -> (database: String, token: String) {
        let database = try PlatformCommandTests.freshDatabase()
        let imported = try ConcordCommand.run(["import", "snapshot", PlatformCommandTests.demo, "--database", database])
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        let token = try ConcordCommand.run(["admin", "create-token", "--database", database, "--user", "nasa-operator"])
        #expect(token.exitCode == 0, "\(token.standardError)")
        return (database, token.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Lowercase hex SHA-256 of `data`.
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    @Test("put, ls, get, policy and audit verify, as a script would use them")
    func commandLine() async throws {
        let (database, token) = try Self.demoDatabase()
        let server = try RunningServer(database: database)
        defer { server.kill(SIGKILL) }
        try await server.waitUntilReady()
        let env = ["CONCORD_TOKEN": token]
        let url = "http://127.0.0.1:\(server.port)"
        let content = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("concord-put-\(UUID().uuidString)")
        try content.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // Hubble (NASA, ESA) is covered by two agreements in the demo: the CLI must name one.
        let ambiguous = try ConcordCommand.run(
            ["data", "put", file.path, "--server", url, "--mission", "hubble", "--type", "image"], environment: env)
        #expect(ambiguous.exitCode != 0)
        #expect(ambiguous.standardError.contains("agreement"), "\(ambiguous.standardError)")
        let put = try ConcordCommand.run(
            [
                "data", "put", file.path, "--server", url, "--mission", "hubble", "--type", "image", "--agreement",
                "ground-network-mou", "--keywords", "m31,uv",
            ], environment: env)
        #expect(put.exitCode == 0, "\(put.standardError)")
        let product = try JSONSerialization.jsonObject(with: Data(put.standardOutput.utf8)) as? [String: Any]
        let id = try #require(product?["id"] as? String)
        #expect(product?["sha256"] as? String == Self.sha256(content))
        let list = try ConcordCommand.run(["data", "ls", "--server", url, "--keywords", "UV"], environment: env)
        #expect(list.exitCode == 0, "\(list.standardError)")
        #expect(list.standardOutput.split(separator: "\n").count == 1)
        #expect(list.standardOutput.contains(id))
        let output = file.path + ".out"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let get = try ConcordCommand.run(["data", "get", id, "--server", url, "-o", output], environment: env)
        #expect(get.exitCode == 0, "\(get.standardError)")
        #expect(FileManager.default.contents(atPath: output) == content)
        #expect(get.standardOutput.contains(#""sha256":"\#(Self.sha256(content))""#), "\(get.standardOutput)")
        // An unknown product: an error, and neither the target nor a partial file is left.
        let missing = output + ".missing"
        let unknown = try ConcordCommand.run(
            ["data", "get", "prd-000000000000-00000000", "--server", url, "-o", missing], environment: env)
        #expect(unknown.exitCode != 0)
        #expect(unknown.standardError.contains("404"), "\(unknown.standardError)")
        let folder = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(!folder.contains { $0.hasPrefix(".\(file.lastPathComponent)") || $0.hasSuffix(".missing") })
        // The ground-network MOU's clause: consortium after 30 days; an operator is no steward.
        let policy = try ConcordCommand.run(["data", "policy", id, "--server", url], environment: env)
        #expect(policy.exitCode == 0, "\(policy.standardError)")
        #expect(policy.standardOutput.contains(#""agreement":"ground-network-mou""#), "\(policy.standardOutput)")
        let change = try ConcordCommand.run(
            ["data", "policy", id, "--server", url, "--early-access", "esa"], environment: env)
        #expect(change.exitCode != 0)
        #expect(change.standardError.contains("403"), "\(change.standardError)")
        server.kill(SIGTERM)
        let verify = try ConcordCommand.run(["audit", "verify", "--database", database])
        #expect(verify.exitCode == 0, "\(verify.standardOutput) \(verify.standardError)")
        // Upload, download, the refused unknown id and the refused policy change (the list is not logged).
        #expect(verify.standardOutput.contains("intact: 5 entries"), "\(verify.standardOutput)")
    }

    @Test("SIGKILL during 100 concurrent uploads: every acknowledged product intact, nothing partial, chain intact")
    func crashDuringUploads() async throws {
        // On a loaded machine the server can finish all 100 before the kill lands: such a run
        // proves nothing, so it is repeated on a fresh database (at most three times).
        var attempt = try await Self.uploadsKilled()
        for _ in 1..<3 where attempt.acked.count == 100 {
            print("crash test: all 100 uploads finished before SIGKILL; trying again")
            attempt = try await Self.uploadsKilled()
        }
        let (database, token, acked, hashes) = attempt
        #expect(acked.count >= 3)
        #expect(acked.count < 100, "the kill came after every upload finished in three tries; the test proved nothing")

        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: database + ".data/incoming")) ?? []
        print(
            "crash test: \(acked.count) of 100 uploads acknowledged before SIGKILL; \(leftovers.count) partial uploads in incoming/"
        )
        let second = try RunningServer(database: database)
        defer { second.kill(SIGKILL) }
        try await second.waitUntilReady()
        let incoming = try FileManager.default.contentsOfDirectory(atPath: database + ".data/incoming")
        #expect(incoming.isEmpty, "incoming/ after restart: \(incoming)")
        // Every acknowledged product is there with its bytes.
        for (id, index) in acked {
            let (data, status) = try await second.request("GET", "/api/v1/products/\(id)/content", token: token)
            #expect(status == 200, "\(id)")
            #expect(Self.sha256(data) == hashes[index], "\(id)")
        }
        // Every listed product is whole: its content is one of the uploads, byte for byte.
        let (page, status) = try await second.request("GET", "/api/v1/products?limit=500", token: token)
        #expect(status == 200)
        let items = (try JSONSerialization.jsonObject(with: page) as? [String: Any])?["items"] as? [[String: Any]] ?? []
        #expect(items.count >= acked.count)
        for item in items {
            let hash = try #require(item["sha256"] as? String)
            #expect(hashes.contains(hash))
            #expect(item["byteCount"] as? Int == 1 << 20)
        }
        // Every blob on disk belongs to a listed product.
        let blobs = try FileManager.default.subpathsOfDirectory(atPath: database + ".data/blobs/sha256")
            .filter { $0.count > 3 }.map { String($0.suffix(64)) }
        #expect(Set(blobs) == Set(items.compactMap { $0["sha256"] as? String }))
        second.kill(SIGKILL)
        let verify = try ConcordCommand.run(["audit", "verify", "--database", database])
        #expect(verify.exitCode == 0, "\(verify.standardOutput) \(verify.standardError)")
        #expect(verify.standardOutput.contains("intact"), "\(verify.standardOutput)")
    }

    /// A fresh demo database, 100 uploads of 1 MiB at once to a server on it, and the server
    /// killed with SIGKILL once 3 uploads are acknowledged and another is being written, or
    /// once 10 are. Returns the database, the token, the acknowledged products (id: upload
    /// index) and the uploads' hashes.
    static func uploadsKilled() async throws -> (
        database: String, token: String, acked: [String: Int], hashes: [String]
    ) {
        let (database, token) = try Self.demoDatabase()
        let first = try RunningServer(database: database)
        try await first.waitUntilReady()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 100
        configuration.timeoutIntervalForRequest = 120
        let session = URLSession(configuration: configuration)
        let contents = (0..<100).map { index in
            Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* (index + 7) &+ index) })
        }
        let hashes = contents.map(Self.sha256)
        let port = first.port
        let acknowledged = Acknowledged()
        // Upload all 100 at once; kill the server as soon as an upload is being written to
        // incoming/ once 3 are acknowledged, or when 10 are.
        let incomingPath = database + ".data/incoming"
        let serverPID = first.process.processIdentifier
        let killer = Task {
            while true {
                let count = await acknowledged.count
                if count >= 10 { break }
                if count >= 3, !((try? FileManager.default.contentsOfDirectory(atPath: incomingPath)) ?? []).isEmpty {
                    break
                }
                try await Task.sleep(for: .milliseconds(1))
            }
            if await acknowledged.claimKill() { Foundation.kill(serverPID, SIGKILL) }
        }
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<100 {
                group.addTask {
                    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/products")!)
                    request.httpMethod = "POST"
                    request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
                    request.setValue(
                        #"{"mission":"hubble","agreement":"iss-iga","productType":"telemetry","keywords":["n\#(index)"]}"#,
                        forHTTPHeaderField: "Concord-Metadata")
                    request.setValue(hashes[index], forHTTPHeaderField: "Concord-Content-SHA256")
                    guard let (data, response) = try? await session.upload(for: request, from: contents[index]),
                        (response as? HTTPURLResponse)?.statusCode == 201,
                        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                        let id = object["id"] as? String
                    else { return }
                    // The tenth acknowledgement kills the server itself, so that a loaded machine
                    // that starves the killer task cannot let all 100 finish first.
                    if await acknowledged.add(id: id, index: index) >= 10, await acknowledged.claimKill() {
                        Foundation.kill(serverPID, SIGKILL)
                    }
                }
            }
        }
        _ = try? await killer.value
        first.kill(SIGKILL)  // already killed: reaps the process
        return (database, token, await acknowledged.products, hashes)
    }
}

/// The uploads the server acknowledged (201), by product id and upload index.
actor Acknowledged {
    private(set) var products: [String: Int] = [:]
    private var killClaimed = false
    var count: Int { products.count }
    /// Records an acknowledged upload; returns how many there are now.
    func add(id: String, index: Int) -> Int {
        products[id] = index
        return products.count
    }
    /// True for the first caller only: the one that kills the server.
    func claimKill() -> Bool {
        defer { killClaimed = true }
        return !killClaimed
    }
}
