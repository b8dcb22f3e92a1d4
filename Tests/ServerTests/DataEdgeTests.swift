import Consortium
import Foundation
import Hummingbird
import Storage
import Testing

@testable import Server

/// The data exchange tried as a new user would, over a real socket to a live server: a wrong
/// hash, uploads cut short, path-like and oversized metadata, ids that are not ours and bad
/// ranges. Each case checks the answer, that nothing was stored (no product listed, no blob,
/// nothing left in `incoming/`) and what the audit log says.
/// Reference hash: `printf 'hello\n' | sha256sum` (GNU coreutils).
@Suite("Data exchange edge cases over a real socket", .serialized)
struct DataEdgeTests {
    static let metadata = #"{"mission":"hubble","productType":"image"}"#

    /// The head of a raw upload as `user` (no body), ending with the blank line.
    static func uploadHead(
        _ server: DataServer, as user: String, metadata: String = metadata, framing: String, extra: [String] = []
    ) -> String {
        let token = server.server.secrets[user] ?? "none"
        return
            ([
                "POST /api/v1/products HTTP/1.1", "Host: localhost", "Authorization: Bearer \(token)",
                "Concord-Metadata: \(metadata)", "Content-Type: application/octet-stream", framing,
            ] + extra)
            .joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// The port of the live server behind `client`.
    static func port(_ client: APIClient) throws -> Int {
        try #require(client.client.port)
    }

    /// Checks that no product, blob or incoming file exists.
    static func expectNothingStored(
        _ client: APIClient, _ server: DataServer, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        #expect(try await client.get("/api/v1/products", as: "nasa-admin").ids.isEmpty, sourceLocation: sourceLocation)
        #expect(server.blobFiles.isEmpty, "\(server.blobFiles)", sourceLocation: sourceLocation)
        #expect(server.incomingFiles.isEmpty, "\(server.incomingFiles)", sourceLocation: sourceLocation)
    }

    /// Waits (up to 300 s, for the full suite on two cores) until the server has written `count`
    /// audit entries and `incoming/` is empty: a request cut short ends on the server after the
    /// client is gone.
    static func settle(_ server: DataServer, entries count: Int) async throws -> [AuditEntry] {
        for _ in 0..<3000 {
            let log = try await server.auditLog()
            if log.count >= count, server.incomingFiles.isEmpty { return log }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await server.auditLog()
    }

    /// Waits (up to 300 s) until the server has begun writing an upload to `incoming/`.
    static func waitForIncoming(_ server: DataServer) async throws {
        for _ in 0..<15_000 where server.incomingFiles.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
    }

    @Test("A wrong expected hash: 422 naming Concord-Content-SHA256, nothing stored, upload rejected in the audit")
    func wrongHash() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let reply = try await client.upload(
                "hello\n", as: "nasa-operator", sha256: String(repeating: "ab", count: 32))
            reply.expectProblem(422, "validation", field: "Concord-Content-SHA256")
            #expect(reply["detail"]?.contains(DataRouteTests.helloHash) == true, "\(reply)")
            try await Self.expectNothingStored(client, server)
            let log = try await server.auditLog()
            #expect(log.count == 1)
            #expect(log.first?.action == .upload)
            #expect(log.first?.outcome == .rejected)
            #expect(log.first?.user == "nasa-operator")
            #expect(log.first?.detail.hasPrefix("Concord-Content-SHA256: ") == true, "\(log)")
        }
    }

    @Test("A body shorter than its Content-Length, then the client closes: nothing stored, upload rejected")
    func truncatedBody() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let connection = try RawConnection(port: try Self.port(client))
            try await connection.send(Self.uploadHead(server, as: "nasa-operator", framing: "Content-Length: 1000"))
            try await connection.send([UInt8](repeating: 0x41, count: 400))
            // Let the server write the 400 bytes to incoming/ before the client goes away.
            try await Self.waitForIncoming(server)
            connection.abort()
            let log = try await Self.settle(server, entries: 1)
            try await Self.expectNothingStored(client, server)
            #expect(log.count == 1, "\(log)")
            #expect(log.first?.action == .upload)
            #expect(log.first?.outcome == .rejected, "\(log)")
            #expect(log.first?.detail.contains("interrupted") == true, "\(log)")
        }
    }

    @Test("A chunked upload that stops before its last chunk: nothing stored, upload rejected")
    func truncatedChunks() async throws {
        try await DataServer.run(setup: .live) { client, server in
            // The same framing finished is stored: the cut is what refuses it.
            let whole = try RawConnection(port: try Self.port(client))
            try await whole.send(
                Self.uploadHead(server, as: "nasa-operator", framing: "Transfer-Encoding: chunked")
                    + "6\r\nhello\n\r\n0\r\n\r\n")
            let stored = try #require(try await whole.readResponse())
            #expect(stored.status == 201, "\(stored)")
            #expect(stored.object["sha256"] as? String == DataRouteTests.helloHash)
            let before = try await server.auditLog().count

            let connection = try RawConnection(port: try Self.port(client))
            try await connection.send(
                Self.uploadHead(server, as: "esa-operator", framing: "Transfer-Encoding: chunked")
                    + "6\r\nhello\n\r\n400\r\n" + String(repeating: "B", count: 100))
            try await Self.waitForIncoming(server)
            connection.abort()
            let log = try await Self.settle(server, entries: before + 1)
            #expect(log.count == before + 1, "\(log)")
            #expect(log.first?.user == "esa-operator")
            #expect(log.first?.outcome == .rejected, "\(log)")
            #expect(try await client.get("/api/v1/products", as: "esa-admin").ids.isEmpty)
            #expect(try await client.get("/api/v1/products", as: "nasa-admin").ids.count == 1)
            #expect(server.blobFiles == ["58/\(DataRouteTests.helloHash)"])
            #expect(server.incomingFiles.isEmpty)
        }
    }
}
