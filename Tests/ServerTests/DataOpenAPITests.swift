import Foundation
import Hummingbird
import Testing

@testable import Server

/// The data exchange in the OpenAPI document: typed request and response schemas, and real
/// answers that validate against them.
@Suite("OpenAPI: the data exchange's schemas")
struct DataOpenAPITests {
    /// The `$ref` of the JSON schema of `status` of `method path` in `document`.
    static func responseReference(
        _ document: [String: Any], _ method: String, _ path: String, _ status: String,
        mediaType: String = "application/json"
    ) -> String? {
        let paths = document["paths"] as? [String: [String: Any]]
        let operation = paths?[path]?[method] as? [String: Any]
        let response = (operation?["responses"] as? [String: Any])?[status] as? [String: Any]
        let content = (response?["content"] as? [String: Any])?[mediaType] as? [String: Any]
        return (content?["schema"] as? [String: Any])?["$ref"] as? String
    }

    @Test("Each product route names its schemas: product, page, policy change, audit page, problems, headers")
    func listsSchemas() async throws {
        try await DataServer.run { client, _ in
            let document = try await client.get("/api/v1/openapi.json", as: nil).object
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            for name in [
                "ProductMetadata", "ProductPolicy", "DataProduct", "DataProductPage", "ProductPolicyChange",
                "AuditEntry",
                "AuditPage",
            ] {
                #expect(schemas[name] != nil, "\(name)")
            }
            let reference = "#/components/schemas/"
            #expect(Self.responseReference(document, "post", "/api/v1/products", "201") == reference + "DataProduct")
            #expect(Self.responseReference(document, "get", "/api/v1/products", "200") == reference + "DataProductPage")
            #expect(
                Self.responseReference(document, "get", "/api/v1/products/{id}", "200") == reference + "DataProduct")
            #expect(
                Self.responseReference(document, "put", "/api/v1/products/{id}/policy", "200") == reference
                    + "DataProduct")
            #expect(Self.responseReference(document, "get", "/api/v1/audit", "200") == reference + "AuditPage")
            for status in ["400", "401", "403", "413", "422", "507"] {
                #expect(
                    Self.responseReference(
                        document, "post", "/api/v1/products", status, mediaType: "application/problem+json")
                        == reference + "Problem", "\(status)")
            }
            let paths = document["paths"] as? [String: [String: Any]]
            let upload = paths?["/api/v1/products"]?["post"] as? [String: Any]
            let body = (upload?["requestBody"] as? [String: Any])?["content"] as? [String: Any]
            #expect(body?.keys.sorted() == ["application/octet-stream"])
            let headers = (upload?["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "header" }
            #expect(
                headers.compactMap { $0["name"] as? String } == [
                    "Concord-Metadata", "Concord-Content-SHA256", "Expect",
                ])
            let metadata = (headers.first?["content"] as? [String: Any])?["application/json"] as? [String: Any]
            #expect((metadata?["schema"] as? [String: Any])?["$ref"] as? String == reference + "ProductMetadata")
            let change = paths?["/api/v1/products/{id}/policy"]?["put"] as? [String: Any]
            let changeBody = ((change?["requestBody"] as? [String: Any])?["content"] as? [String: Any])?[
                "application/json"]
            #expect(
                ((changeBody as? [String: Any])?["schema"] as? [String: Any])?["$ref"] as? String
                    == reference + "ProductPolicyChange")
        }
    }

    @Test(
        "Real data answers validate against their schemas, and the document is valid OpenAPI 3.1",
        .enabled(if: Python.hasValidators, Python.missingValidators))
    func validates() async throws {
        try await DataServer.run(quotaBytes: 100) { client, _ in
            var samples: [[String: Any]] = []
            func sample(_ schema: String, _ reply: Reply) {
                samples.append([
                    "schema": schema, "value": (try? JSONSerialization.jsonObject(with: Data(reply.body))) ?? [:],
                ])
            }
            let full = #"""
                {"mission":"hubble","agreement":"iss-iga","productType":"image","instrument":"WFC3",
                 "observationStart":"2026-11-01T00:00:00Z","observationEnd":"2026-11-02T00:00:00Z",
                 "keywords":["m31","uv"],"fileName":"m31.fits","mediaType":"application/fits"}
                """#.replacingOccurrences(of: "\n", with: "")
            let created = try await client.upload(DataRouteTests.hello, as: "nasa-operator", metadata: full)
            #expect(created.status == .created, "\(created)")
            sample("DataProduct", created)
            samples.append([
                "schema": "ProductMetadata", "value": try JSONSerialization.jsonObject(with: Data(full.utf8)),
            ])
            let id = try #require(created["id"])
            sample("DataProduct", try await client.get("/api/v1/products/\(id)", as: "nasa-viewer"))
            sample("DataProductPage", try await client.get("/api/v1/products?limit=1", as: "nasa-viewer"))
            sample("DataProductPage", try await client.get("/api/v1/products", as: "esa-viewer"))
            let change = #"{"embargoEnd":"2026-12-01T00:00:00Z","earlyAccess":["esa"]}"#
            sample(
                "DataProduct",
                try await client.send(.put, "/api/v1/products/\(id)/policy", as: "nasa-admin", json: change))
            samples.append([
                "schema": "ProductPolicyChange", "value": try JSONSerialization.jsonObject(with: Data(change.utf8)),
            ])
            _ = try await client.get("/api/v1/products/prd-000000000000-00000000", as: "esa-viewer")
            sample("AuditPage", try await client.get("/api/v1/audit", as: "secretariat"))
            sample("AuditPage", try await client.get("/api/v1/audit?limit=1", as: "nasa-admin"))
            // Problems of the data routes.
            sample(
                "Problem", try await client.upload("x", as: "nasa-operator", sha256: String(repeating: "0", count: 64)))
            sample("Problem", try await client.upload(String(repeating: "x", count: 200), as: "nasa-operator"))
            sample("Problem", try await client.get("/api/v1/products/\(id)/content", as: "orbitco-admin"))
            sample("Problem", try await client.get("/api/v1/audit", as: "esa-viewer"))
            var range = HTTPFields()
            range[.range] = "bytes=100-"
            sample(
                "Problem",
                try await client.send(.get, "/api/v1/products/\(id)/content", as: "nasa-viewer", headers: range))
            let document = try await client.get("/api/v1/openapi.json", as: nil)
            let input = try JSONSerialization.data(withJSONObject: [
                "document": try JSONSerialization.jsonObject(with: Data(document.body)), "samples": samples,
            ])
            let result = try Python.run(Python.validationScript, input: input)
            #expect(result.status == 0, Comment(rawValue: result.output))
            #expect(result.output.contains("\(samples.count) samples, 0 errors"), Comment(rawValue: result.output))
        }
    }
}
