import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `concord serve` as a new user meets it: first start loads the demo and prints a token, the
/// API answers, and a server killed with SIGKILL right after a write keeps that write.
@Suite("concord serve", .serialized, .scratchFolder)
struct ServeCommandTests {
    /// A running `concord serve`.
    final class RunningServer {
        let process = Process()
        let port: Int
        let log: URL

        init(database: String) throws {
            guard let executable = ConcordCommand.executable else {
                throw ConcordCommand.Failure(description: "no built concord binary")
            }
            port = Int.random(in: 20_000...40_000)
            log = URL(fileURLWithPath: database + ".\(port).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = executable
            process.arguments = ["serve", "--database", database, "--port", String(port), "--log-level", "warning"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
        }

        /// Waits (up to 300 s, for the full suite on two cores) until `/health` answers 200.
        func waitUntilReady() async throws {
            for _ in 0..<3000 {
                if let (_, status) = try? await request("GET", "/health"), status == 200 { return }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw ConcordCommand.Failure(description: "server did not start: \(output)")
        }

        var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        /// The demo token printed at first start.
        var demoToken: String? {
            output.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("concord_") }.map(String.init)
        }

        func request(
            _ method: String, _ path: String, token: String? = nil, body: String? = nil
        ) async throws -> (
            Data, Int
        ) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            if let body {
                request.httpBody = Data(body.utf8)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
        }

        func kill(_ signal: Int32) {
            Foundation.kill(process.processIdentifier, signal)
            process.waitUntilExit()
        }
    }

    @Test("First start loads the demo, prints a token, and the API answers it (and refuses without)")
    func firstStart() async throws {
        let database = try PlatformCommandTests.freshDatabase()
        let server = try RunningServer(database: database)
        defer { server.kill(SIGKILL) }
        try await server.waitUntilReady()
        let token = try #require(server.demoToken, "no token in: \(server.output)")
        let (data, status) = try await server.request("GET", "/api/v1/partners?limit=100", token: token)
        #expect(status == 200)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((object?["items"] as? [Any])?.count == 14)
        let (_, unauthenticated) = try await server.request("GET", "/api/v1/partners")
        #expect(unauthenticated == 401)
        server.kill(SIGTERM)
        #expect(server.process.terminationStatus == 0)
    }

    @Test("A write answered 201 survives SIGKILL of the server")
    func killedServerKeepsCommittedWrites() async throws {
        let database = try PlatformCommandTests.freshDatabase()
        let server = try RunningServer(database: database)
        try await server.waitUntilReady()
        let token = try #require(server.demoToken)
        let spacecraft = """
            {"id":"test-sat","name":"Test satellite","owner":"esa","noradID":99999,"cosparID":"2026-999A",
             "status":"planned"}
            """
        let (_, created) = try await server.request("POST", "/api/v1/spacecraft", token: token, body: spacecraft)
        #expect(created == 201)
        server.kill(SIGKILL)
        let restarted = try RunningServer(database: database)
        defer { restarted.kill(SIGKILL) }
        try await restarted.waitUntilReady()
        #expect(restarted.demoToken == nil, "the demo must not load twice")
        let (data, status) = try await restarted.request("GET", "/api/v1/spacecraft/test-sat", token: token)
        #expect(status == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("Test satellite"))
    }
}
