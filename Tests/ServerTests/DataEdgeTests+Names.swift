import Foundation
import Hummingbird
import Storage
import Testing

@testable import Server

extension DataEdgeTests {
    /// Metadata with `value` (JSON text, quoted) as `field`, or as the only keyword.
    static func metadata(_ field: String, _ value: String) -> String {
        switch field {
        case "keywords": #"{"mission":"hubble","productType":"image","keywords":[\#(value)]}"#
        case "mission": #"{"mission":\#(value),"productType":"image"}"#
        case "productType": #"{"mission":"hubble","productType":\#(value)}"#
        default: #"{"mission":"hubble","productType":"image","\#(field)":\#(value)}"#
        }
    }

    /// The path-like and hostile names tried in every string field (JSON string literals).
    static let hostileNames = [
        #""../../etc/passwd""#, #""/etc/passwd""#, #""%2e%2e%2f%2e%2e%2fetc%2fpasswd""#, #""..\\..\\boot.ini""#,
    ]

    @Test(
        "Path-like names, NUL and overlong values in every string metadata field: refused naming the field, or kept as text",
        arguments: ["mission", "agreement", "productType", "instrument", "fileName", "mediaType", "keywords"])
    func hostileNamesIn(field: String) async throws {
        try await DataServer.run(setup: .live) { client, server in
            // Ids, the product type and the media type refuse anything but their syntax.
            let isSyntax = ["mission", "agreement", "productType", "mediaType"].contains(field)
            let problemField = field == "keywords" ? "keywords[0]" : field
            var refusals = 0
            for name in Self.hostileNames where isSyntax {
                let reply = try await client.upload(
                    "hello\n", as: "nasa-operator", metadata: Self.metadata(field, name))
                if ["mission", "agreement"].contains(field) {
                    reply.expectProblem(400, "malformed-body", field: problemField)
                } else {
                    reply.expectProblem(422, "validation", field: problemField)
                }
                refusals += 1
            }
            // NUL (escaped in the JSON) and a value one past the field's length: refused, naming it.
            let longest = [
                "mission": 64, "agreement": 64, "instrument": 100, "fileName": 255, "mediaType": 100, "keywords": 64,
                "productType": 64,
            ][field]
            var values = [#""a\u0000b""#]
            if let longest { values.append("\"" + String(repeating: "x", count: longest + 1) + "\"") }
            for value in values {
                let reply = try await client.upload(
                    "hello\n", as: "nasa-operator", metadata: Self.metadata(field, value))
                let status = ["mission", "agreement"].contains(field) ? 400 : 422
                #expect(reply.status.code == status, "\(field) = \(value.prefix(20)): \(reply)")
                #expect(reply.object["field"] as? String == problemField, "\(reply)")
                refusals += 1
            }
            // A value that makes the header pass 8192 bytes: 413 naming the header.
            let huge = "\"" + String(repeating: "../", count: 3000) + "\""
            try await client.upload("hello\n", as: "nasa-operator", metadata: Self.metadata(field, huge))
                .expectProblem(413, "payload-too-large", field: "Concord-Metadata")
            refusals += 1
            try await Self.expectNothingStored(client, server)
            let log = try await server.auditLog()
            #expect(log.count == refusals)
            #expect(log.allSatisfy { $0.action == .upload && $0.outcome == .rejected }, "\(log)")
            #expect(log.dropFirst().allSatisfy { $0.detail.hasPrefix("\(problemField): ") }, "\(log)")
            guard !isSyntax else { return }
            // Free text keeps the names as display text; the only file is the blob named by its hash.
            for name in Self.hostileNames {
                let reply = try await client.upload(
                    "hello\n", as: "nasa-operator", metadata: Self.metadata(field, name))
                #expect(reply.status == .created, "\(reply)")
                let metadata = try #require(reply.object["metadata"] as? [String: Any])
                let stored =
                    field == "keywords" ? (metadata["keywords"] as? [String])?.first : metadata[field] as? String
                let expected = try JSONSerialization.jsonObject(with: Data(name.utf8), options: .fragmentsAllowed)
                #expect(stored == expected as? String)
            }
            #expect(try await client.get("/api/v1/products", as: "nasa-admin").ids.count == Self.hostileNames.count)
            let files = try FileManager.default.subpathsOfDirectory(atPath: server.directory).sorted()
            #expect(
                files == [
                    "blobs", "blobs/sha256", "blobs/sha256/58", "blobs/sha256/58/\(DataRouteTests.helloHash)",
                    "incoming",
                ])
        }
    }

    @Test(
        "Headers the HTTP parser refuses (a NUL byte, over 80 KiB): a problem naming the headers, the connection closed, nothing stored or audited"
    )
    func unparsableHeaders() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let cases = [
                (
                    #"{"mission":"hubble","productType":"image","fileName":"a"# + "\u{0}" + #"b"}"#, 400,
                    "malformed-request"
                ),
                (
                    #"{"mission":"hubble","productType":"image","fileName":""# + String(repeating: "x", count: 90_000)
                        + #""}"#, 431, "header-too-large"
                ),
            ]
            for (metadata, status, slug) in cases {
                let connection = try RawConnection(port: try Self.port(client))
                try await connection.send(
                    Self.uploadHead(server, as: "nasa-operator", metadata: metadata, framing: "Content-Length: 6")
                        + "hello\n")
                let reply = try #require(try await connection.readResponse())
                #expect(reply.status == status, "\(reply)")
                #expect(reply.header("Content-Type") == "application/problem+json")
                #expect(reply.object["type"] as? String == "urn:concord:problem:\(slug)", "\(reply)")
                #expect(reply.object["field"] as? String == "headers", "\(reply)")
                #expect(try await connection.isClosedByServer())
            }
            try await Self.expectNothingStored(client, server)
            #expect(try await server.auditLog().isEmpty)
        }
    }

    @Test(
        "A policy change body over the limit: 413 with or without Content-Length, the policy unchanged, the refusal audited"
    )
    func hugePolicyBody() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let id = try await DataRouteTests.uploadHello(client)
            let path = "/api/v1/products/\(id)/policy"
            let body = #"{"earlyAccess":["esa"],"x":""# + String(repeating: "x", count: 1 << 20) + #""}"#
            let reply = try await client.send(.put, path, as: "nasa-admin", json: body)
            reply.expectProblem(413, "payload-too-large")
            let token = server.server.secrets["nasa-admin"] ?? ""
            let connection = try RawConnection(port: try Self.port(client))
            try await connection.send(
                "PUT \(path) HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(token)\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + String(body.utf8.count, radix: 16) + "\r\n" + body + "\r\n0\r\n\r\n")
            let chunked = try #require(try await connection.readResponse())
            #expect(chunked.status == 413, "\(chunked)")
            #expect(chunked.header("Content-Type") == "application/problem+json")
            let product = try await client.get("/api/v1/products/\(id)", as: "nasa-admin")
            #expect((product.object["policy"] as? [String: Any])?["earlyAccess"] as? [String] == [])
            let log = try await server.auditLog()
            #expect(log.prefix(2).map(\.action) == [.policyChange, .policyChange], "\(log)")
            #expect(log.prefix(2).allSatisfy { $0.outcome == .rejected && $0.product == id }, "\(log)")
        }
    }
}
