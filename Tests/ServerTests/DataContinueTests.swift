import Foundation
import Hummingbird
import Storage
import Testing

@testable import Server

/// `Expect: 100-continue` on uploads, over a raw socket to a live server: `100 Continue` comes
/// once the headers are accepted and before a byte of the content is sent; a refused upload gets
/// its final answer straight away, and the client never sends the content.
@Suite("Data uploads with Expect: 100-continue", .serialized)
struct DataContinueTests {
    /// Sends an upload's head with `Expect: 100-continue` and reads the first answer.
    static func expectContinue(
        _ client: APIClient, _ server: DataServer, as user: String, metadata: String = DataEdgeTests.metadata,
        length: Int
    ) async throws -> (RawConnection, RawConnection.Response) {
        let connection = try RawConnection(port: try DataEdgeTests.port(client))
        try await connection.send(
            DataEdgeTests.uploadHead(
                server, as: user, metadata: metadata, framing: "Content-Length: \(length)",
                extra: ["Expect: 100-continue"]))
        return (connection, try #require(try await connection.readResponse()))
    }

    @Test("Accepted headers: 100 Continue before the content, then 201 on the same connection")
    func continues() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let (connection, interim) = try await Self.expectContinue(client, server, as: "nasa-operator", length: 6)
            #expect(interim.status == 100, "\(interim)")
            #expect(interim.body.isEmpty)
            // Nothing of the content has been sent: the upload is waiting in incoming/.
            #expect(server.incomingFiles.count == 1)
            try await connection.send(DataRouteTests.hello)
            let created = try #require(try await connection.readResponse())
            #expect(created.status == 201, "\(created)")
            #expect(created.object["sha256"] as? String == DataRouteTests.helloHash)
            // The connection stays usable: a second request on it is answered.
            try await connection.send(
                "GET /api/v1/products HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + (server.server.secrets["nasa-viewer"] ?? "") + "\r\n\r\n")
            let list = try #require(try await connection.readResponse())
            #expect(list.status == 200)
            #expect((list.object["items"] as? [Any])?.count == 1)
        }
    }

    @Test("Refused headers get the final answer without 100 Continue: 401, 403, 413, 422 and 507; nothing stored")
    func refusesWithoutContinue() async throws {
        try await DataServer.run(quotaBytes: 1000, setup: .live) { client, server in
            let huge =
                #"{"mission":"hubble","productType":"image","instrument":""# + String(repeating: "x", count: 9000)
                + #""}"#
            let cases: [(user: String, metadata: String, length: Int, status: Int, field: String?)] = [
                ("nobody", DataEdgeTests.metadata, 6, 401, nil),
                ("nasa-viewer", DataEdgeTests.metadata, 6, 403, nil),
                ("nasa-operator", huge, 6, 413, "Concord-Metadata"),
                ("nasa-operator", #"{"mission":"hubble","productType":"../x"}"#, 6, 422, "productType"),
                ("nasa-operator", DataEdgeTests.metadata, 5_000_000_000, 507, "Content-Length"),
            ]
            for item in cases {
                let (connection, reply) = try await Self.expectContinue(
                    client, server, as: item.user, metadata: item.metadata, length: item.length)
                #expect(reply.status == item.status, "\(item.user) \(item.length): \(reply)")
                #expect(reply.header("Content-Type") == "application/problem+json")
                #expect(reply.object["field"] as? String == item.field, "\(reply)")
                connection.abort()
            }
            try await DataEdgeTests.expectNothingStored(client, server)
            // The four refusals after authentication are audited (a request without a valid token
            // never reaches the data routes).
            let log = try await server.auditLog()
            #expect(log.map(\.outcome) == [.rejected, .rejected, .rejected, .denied], "\(log)")
            #expect(log.first?.detail.contains("5000000000") == true, "\(log)")
        }
    }
}
