import Foundation
import Hummingbird
import Storage
import Testing

@testable import Server

extension DataEdgeTests {
    /// `GET path` as `user` on a fresh raw connection, the path sent exactly as given.
    static func rawGet(
        _ client: APIClient, _ server: DataServer, _ path: String, as user: String, headers: [String] = []
    ) async throws -> RawConnection.Response {
        let connection = try RawConnection(port: try port(client))
        let token = server.server.secrets[user] ?? "none"
        try await connection.send(
            (["GET \(path) HTTP/1.1", "Host: localhost", "Authorization: Bearer \(token)"] + headers)
                .joined(separator: "\r\n") + "\r\n\r\n")
        return try #require(try await connection.readResponse())
    }

    @Test("Unknown, malformed and another partner's product ids: the same 404, the same body but for the id echoed")
    func foreignIds() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let hidden = try await DataRouteTests.uploadHello(client)
            let unknown = "prd-000000000000-00000000"
            let malformed = [
                "PRD-000000000000-00000000", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "prd-%00", "%00",
                "prd-" + String(repeating: "f", count: 4000),
            ]
            let before = try await server.auditLog().count
            var asked = 0
            for suffix in ["", "/content"] {
                let reference = try await Self.rawGet(
                    client, server, "/api/v1/products/\(unknown)\(suffix)", as: "esa-admin")
                #expect(reference.status == 404)
                #expect(reference.object["type"] as? String == "urn:concord:problem:not-found")
                #expect(reference.object["detail"] as? String == "no product '\(unknown)'")
                let names = Set(reference.headers.map { $0.name.lowercased() })
                for id in [hidden] + malformed {
                    let reply = try await Self.rawGet(
                        client, server, "/api/v1/products/\(id)\(suffix)", as: "esa-admin")
                    #expect(reply.status == 404, "\(id): \(reply)")
                    #expect(Set(reply.headers.map { $0.name.lowercased() }) == names, "\(id)")
                    let object = reply.object
                    #expect(Set(object.keys) == Set(reference.object.keys), "\(id): \(reply)")
                    #expect(object["type"] as? String == reference.object["type"] as? String)
                    #expect(object["title"] as? String == reference.object["title"] as? String)
                    let detail = try #require(object["detail"] as? String)
                    #expect(detail.hasPrefix("no product '") && detail.count <= "no product ''".count + 80, "\(detail)")
                    #expect(!detail.contains("embargo") && !detail.contains("nasa"), "\(detail)")
                    asked += 1
                }
                asked += 1
            }
            // The policy route answers the hidden product exactly like the unknown one.
            let change = #"{"earlyAccess":["esa"]}"#
            let hiddenPolicy = try await client.send(
                .put, "/api/v1/products/\(hidden)/policy", as: "esa-admin", json: change)
            let unknownPolicy = try await client.send(
                .put, "/api/v1/products/\(unknown)/policy", as: "esa-admin", json: change)
            hiddenPolicy.expectProblem(404, "not-found")
            #expect(hiddenPolicy.text.replacingOccurrences(of: hidden, with: unknown) == unknownPolicy.text)
            asked += 2
            // Every refusal is audited: the hidden product with its producer (its stewards see who
            // tried), the others as unknown ids cut to 80 characters.
            let log = try await server.auditLog()
            #expect(log.count == before + asked, "\(log.count) entries, \(before) + \(asked) expected")
            let refusals = log.prefix(asked)
            #expect(refusals.allSatisfy { $0.outcome == .denied && $0.partner == "esa" }, "\(refusals)")
            #expect(refusals.filter { $0.product == hidden }.allSatisfy { $0.producer == "nasa" })
            #expect(
                refusals.filter { $0.product != hidden }.allSatisfy {
                    $0.producer == nil && $0.detail == "no such product"
                })
            #expect(refusals.allSatisfy { ($0.product?.count ?? 0) <= 80 })
            // Nothing leaks into lists either.
            #expect(try await client.get("/api/v1/products?partner=nasa", as: "esa-admin").ids.isEmpty)
        }
    }

    @Test("Bad Range headers: malformed ones send the whole content, unsatisfiable ones 416 naming Range; all audited")
    func badRanges() async throws {
        try await DataServer.run(setup: .live) { client, server in
            let id = try await DataRouteTests.uploadHello(client)
            let path = "/api/v1/products/\(id)/content"
            // RFC 9110 §14.2: a Range that does not parse, several ranges (this server sends one)
            // or another unit are ignored: 200 with the whole content.
            for range in ["bytes=abc", "bytes=3-1", "bytes=0-1,3-4", "items=0-1", "bytes=--1", "bytes", "bytes=1-2-3"] {
                let reply = try await Self.rawGet(client, server, path, as: "nasa-viewer", headers: ["Range: \(range)"])
                #expect(reply.status == 200, "\(range): \(reply)")
                #expect(reply.body == Array(DataRouteTests.hello.utf8), "\(range)")
                #expect(reply.header("Content-Range") == nil, "\(range)")
            }
            // An end past the content (also past Int64) is cut to the last byte.
            for range in ["bytes=4-99", "bytes=4-99999999999999999999999"] {
                let reply = try await Self.rawGet(client, server, path, as: "nasa-viewer", headers: ["Range: \(range)"])
                #expect(reply.status == 206, "\(range): \(reply)")
                #expect(reply.header("Content-Range") == "bytes 4-5/6", "\(range)")
                #expect(reply.body == Array("o\n".utf8), "\(range)")
            }
            // Nothing of the content matches: 416 problem naming Range, with the size.
            for range in ["bytes=6-", "bytes=600-700", "bytes=-0", "bytes=99999999999999999999999-"] {
                let reply = try await Self.rawGet(client, server, path, as: "nasa-viewer", headers: ["Range: \(range)"])
                #expect(reply.status == 416, "\(range): \(reply)")
                #expect(reply.header("Content-Type") == "application/problem+json")
                #expect(reply.object["field"] as? String == "Range", "\(range): \(reply)")
                #expect(reply.header("Content-Range") == "bytes */6", "\(range)")
            }
            let log = try await server.auditLog()
            let expected = 1 + 7 + 2 + 4
            #expect(log.count == expected)
            #expect(
                log.prefix(4).allSatisfy { $0.outcome == .rejected && $0.detail == "range not satisfiable" }, "\(log)")
            #expect(log.dropFirst(4).prefix(2).allSatisfy { $0.outcome == .ok && $0.detail.hasPrefix("bytes 4-5/6") })
            #expect(log.dropFirst(6).prefix(7).allSatisfy { $0.outcome == .ok && $0.detail.hasPrefix("6 bytes") })
        }
    }
}
