import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage
import Testing

@testable import Server

/// The data exchange over HTTP: upload, download with ETag and ranges, policy across time,
/// suspension, steward changes, audit, and what a stranger learns (nothing).
/// Reference hash: `printf 'hello\n' | sha256sum` (GNU coreutils).
@Suite("Data routes")
struct DataRouteTests {
    static let hello = "hello\n"
    static let helloHash = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"

    /// Uploads `hello` as NASA's operator and returns the product id.
    static func uploadHello(_ client: APIClient) async throws -> String {
        let reply = try await client.upload(hello, as: "nasa-operator", sha256: helloHash)
        #expect(reply.status == .created, "\(reply)")
        return try #require(reply["id"])
    }

    @Test("Upload: 201 with the hash, size, covering agreement and the clause's 30-day embargo")
    func upload() async throws {
        try await DataServer.run { client, server in
            let reply = try await client.upload(
                Self.hello, as: "nasa-operator",
                metadata:
                    #"{"mission":"hubble","productType":"image","keywords":["M31"],"fileName":"../../etc/passwd"}"#,
                sha256: Self.helloHash)
            #expect(reply.status == .created, "\(reply)")
            #expect(reply.headers[.eTag] == "\"\(Self.helloHash)\"")
            #expect(reply["sha256"] == Self.helloHash)
            #expect(reply.object["byteCount"] as? Int == 6)
            #expect(reply["producer"] == "nasa")
            let policy = try #require(reply.object["policy"] as? [String: Any])
            #expect(policy["agreement"] as? String == "iss-iga")
            #expect(policy["access"] as? String == "consortium")
            #expect(policy["embargoEnd"] as? String == "2026-12-22T10:00:00.000Z")
            // The path-like name is kept as text only; the only file is the blob named by its hash.
            let metadata = try #require(reply.object["metadata"] as? [String: Any])
            #expect(metadata["fileName"] as? String == "../../etc/passwd")
            let blob = "\(server.directory)/blobs/sha256/58/\(Self.helloHash)"
            #expect(FileManager.default.contents(atPath: blob) == Data(Self.hello.utf8))
            #expect(server.incomingFiles.isEmpty)
        }
    }

    @Test("Refused uploads store nothing: wrong hash, viewer, bad metadata, huge metadata, other mission")
    func refusedUploads() async throws {
        try await DataServer.run { client, server in
            let wrong = try await client.upload(
                Self.hello, as: "nasa-operator", sha256: String(repeating: "0", count: 64))
            wrong.expectProblem(422, "validation", field: "Concord-Content-SHA256")
            try await client.upload(Self.hello, as: "nasa-viewer").expectProblem(403, "forbidden")
            try await client.upload(
                Self.hello, as: "nasa-operator", metadata: #"{"mission":"hubble","productType":"../../etc/passwd"}"#
            ).expectProblem(422, "validation", field: "productType")
            try await client.upload(
                Self.hello, as: "nasa-operator", metadata: #"{"mission":"hubble","productType":"image","x":1}"#
            ).expectProblem(400, "unknown-field")
            let huge =
                #"{"mission":"hubble","productType":"image","instrument":""#
                + String(repeating: "x", count: 9000) + #""}"#
            try await client.upload(Self.hello, as: "nasa-operator", metadata: huge)
                .expectProblem(413, "payload-too-large", field: "Concord-Metadata")
            try await client.upload(
                Self.hello, as: "orbitco-admin", metadata: #"{"mission":"hubble","productType":"image"}"#
            ).expectProblem(422, "missing-reference", field: "mission")
            try await client.upload(Self.hello, as: "nasa-operator", sha256: "abc")
                .expectProblem(400, "invalid-query", field: "Concord-Content-SHA256")
            #expect(try await client.get("/api/v1/products", as: "nasa-admin").ids.isEmpty)
            #expect(server.incomingFiles.isEmpty)
            let blobs = try FileManager.default.subpathsOfDirectory(atPath: "\(server.directory)/blobs/sha256")
            #expect(blobs.filter { $0.count > 3 }.isEmpty)
        }
    }

    @Test("Download: the bytes, ETag, If-None-Match 304, Range 206 and 416")
    func download() async throws {
        try await DataServer.run { client, _ in
            let id = try await Self.uploadHello(client)
            let path = "/api/v1/products/\(id)/content"
            let whole = try await client.get(path, as: "nasa-viewer")
            #expect(whole.status == .ok)
            #expect(whole.text == Self.hello)
            #expect(whole.headers[.eTag] == "\"\(Self.helloHash)\"")
            #expect(whole.headers[.acceptRanges] == "bytes")
            var headers = HTTPFields()
            headers[.ifNoneMatch] = "\"\(Self.helloHash)\""
            let cached = try await client.send(.get, path, as: "nasa-viewer", headers: headers)
            #expect(cached.status == .notModified)
            #expect(cached.body.isEmpty)
            headers = [:]
            headers[.range] = "bytes=1-3"
            let part = try await client.send(.get, path, as: "nasa-viewer", headers: headers)
            #expect(part.status == .partialContent)
            #expect(part.text == "ell")
            #expect(part.headers[.contentRange] == "bytes 1-3/6")
            headers[.range] = "bytes=-2"
            #expect(try await client.send(.get, path, as: "nasa-viewer", headers: headers).text == "o\n")
            headers[.range] = "bytes=6-"
            let beyond = try await client.send(.get, path, as: "nasa-viewer", headers: headers)
            beyond.expectProblem(416, "range-not-satisfiable", field: "Range")
            #expect(beyond.headers[.contentRange] == "bytes */6")
        }
    }

    @Test("A hidden product answers exactly like an unknown id, for metadata, content and policy")
    func noLeak() async throws {
        try await DataServer.run { client, _ in
            let id = try await Self.uploadHello(client)
            let unknown = "prd-000000000000-00000000"
            for suffix in ["", "/content"] {
                let hidden = try await client.get("/api/v1/products/\(id)\(suffix)", as: "esa-admin")
                let missing = try await client.get("/api/v1/products/\(unknown)\(suffix)", as: "esa-admin")
                hidden.expectProblem(404, "not-found")
                #expect(hidden.text.replacingOccurrences(of: id, with: unknown) == missing.text)
            }
            let change = #"{"embargoEnd":"2026-11-23T00:00:00Z"}"#
            let hidden = try await client.send(.put, "/api/v1/products/\(id)/policy", as: "esa-admin", json: change)
            let missing = try await client.send(
                .put, "/api/v1/products/\(unknown)/policy", as: "esa-admin", json: change)
            hidden.expectProblem(404, "not-found")
            #expect(hidden.text.replacingOccurrences(of: id, with: unknown) == missing.text)
            #expect(try await client.get("/api/v1/products", as: "esa-admin").ids.isEmpty)
            #expect(try await client.get("/api/v1/products?partner=nasa", as: "esa-admin").ids.isEmpty)
        }
    }

    @Test("Across time: the embargo ends, the agreement is suspended, then restored")
    func acrossTime() async throws {
        try await DataServer.run { client, server in
            let id = try await Self.uploadHello(client)
            let path = "/api/v1/products/\(id)/content"
            #expect(try await client.get(path, as: "esa-viewer").status == .notFound)
            server.clock.set(try Instant(iso8601: "2026-12-22T09:59:59Z"))
            #expect(try await client.get(path, as: "esa-viewer").status == .notFound)
            server.clock.set(try Instant(iso8601: "2026-12-22T10:00:00Z"))
            #expect(try await client.get(path, as: "esa-viewer").text == Self.hello)
            #expect(try await client.get("/api/v1/products", as: "esa-viewer").ids == [id])
            // OrbitCo is in no agreement: never.
            #expect(try await client.get(path, as: "orbitco-admin").status == .notFound)
            // Suspending the ISS IGA cuts ESA off on the next request; NASA keeps its own data.
            var iga = try #require(try await server.server.repository.get(Agreement.self, id: "iss-iga"))
            iga.value.status = .suspended
            _ = try await server.server.repository.update(iga.value, expectedVersion: nil)
            #expect(try await client.get(path, as: "esa-viewer").status == .notFound)
            #expect(try await client.get("/api/v1/products", as: "esa-viewer").ids.isEmpty)
            #expect(try await client.get(path, as: "nasa-viewer").status == .ok)
        }
    }

    @Test("Stewards shorten the embargo or grant early access within the clause; others may not")
    func stewardChanges() async throws {
        try await DataServer.run { client, _ in
            let id = try await Self.uploadHello(client)
            let path = "/api/v1/products/\(id)/policy"
            try await client.send(.put, path, as: "nasa-operator", json: #"{"earlyAccess":["esa"]}"#)
                .expectProblem(403, "forbidden")
            try await client.send(.put, path, as: "nasa-admin", json: #"{"embargoEnd":"2027-01-01T00:00:00Z"}"#)
                .expectProblem(422, "validation", field: "embargoEnd")
            try await client.send(.put, path, as: "nasa-admin", json: #"{"access":"public"}"#)
                .expectProblem(422, "validation", field: "access")
            try await client.send(.put, path, as: "nasa-admin", json: #"{"earlyAccess":["orbitco"]}"#)
                .expectProblem(422, "validation", field: "earlyAccess[0]")
            let content = "/api/v1/products/\(id)/content"
            #expect(try await client.get(content, as: "esa-viewer").status == .notFound)
            // Shortened to now: the embargo is over for every party.
            let shortened = try await client.send(
                .put, path, as: "nasa-admin", json: #"{"embargoEnd":"2026-11-22T10:00:00Z"}"#)
            #expect(shortened.status == .ok, "\(shortened)")
            let policy = try #require(shortened.object["policy"] as? [String: Any])
            #expect(policy["embargoEnd"] as? String == "2026-11-22T10:00:00.000Z")
            #expect(policy["clauseEmbargoEnd"] as? String == "2026-12-22T10:00:00.000Z")
            #expect(try await client.get(content, as: "esa-viewer").text == Self.hello)
            // Back to the clause's end (allowed), then early access for ESA alone.
            let restored = try await client.send(
                .put, path, as: "nasa-admin", json: #"{"embargoEnd":"2026-12-22T10:00:00Z"}"#)
            #expect(restored.status == .ok, "\(restored)")
            #expect(try await client.get(content, as: "esa-viewer").status == .notFound)
            let granted = try await client.send(.put, path, as: "nasa-admin", json: #"{"earlyAccess":["esa"]}"#)
            #expect(granted.status == .ok, "\(granted)")
            #expect(try await client.get(content, as: "esa-viewer").text == Self.hello)
            #expect(try await client.get(content, as: "orbitco-viewer").status == .notFound)
        }
    }

    @Test("Audit: stewards read their products' entries (downloads and refusals), admins all; the chain verifies")
    func audit() async throws {
        try await DataServer.run { client, server in
            let id = try await Self.uploadHello(client)
            _ = try await client.get("/api/v1/products/\(id)/content", as: "nasa-viewer")
            _ = try await client.get("/api/v1/products/\(id)/content", as: "esa-viewer")
            _ = try await client.send(
                .put, "/api/v1/products/\(id)/policy", as: "nasa-admin", json: #"{"earlyAccess":["esa"]}"#)
            let log = try await client.get("/api/v1/audit", as: "nasa-admin")
            #expect(log.status == .ok, "\(log)")
            let entries = log.items
            #expect(entries.map { $0["action"] as? String } == ["policyChange", "download", "download", "upload"])
            #expect(entries.map { $0["outcome"] as? String } == ["ok", "denied", "ok", "ok"])
            #expect(entries[1]["user"] as? String == "esa-viewer")
            #expect(entries.allSatisfy { $0["product"] as? String == id })
            try await client.get("/api/v1/audit", as: "esa-viewer").expectProblem(403, "forbidden")
            #expect(try await client.get("/api/v1/audit", as: "esa-admin").items.isEmpty)
            let all = try await client.get("/api/v1/audit?limit=2", as: "secretariat")
            #expect(all.items.count == 2)
            #expect(all.nextCursor != nil)
            let verification = try await server.store.catalog.verifyAudit()
            #expect(verification.isIntact)
            #expect(verification.entries == 5)  // with the refused esa-viewer audit read
        }
    }

    @Test("Quota: an upload past the partner's quota is a 507 and stores nothing")
    func quota() async throws {
        try await DataServer.run(quotaBytes: 10) { client, server in
            _ = try await Self.uploadHello(client)
            let reply = try await client.upload("hello again\n", as: "nasa-operator")
            reply.expectProblem(507, "insufficient-storage")
            #expect(try await client.get("/api/v1/products", as: "nasa-admin").ids.count == 1)
            #expect(server.incomingFiles.isEmpty)
            // Another partner has its own quota.
            let esa = try await client.upload("bonjour\n", as: "esa-operator")
            #expect(esa.status == .created, "\(esa)")
        }
    }
}
