import Consortium
import Foundation
import Hummingbird
import Orbits
import Testing

@testable import Server

@Suite("OpenAPI: one route table for the router and the document")
struct OpenAPITests {
    /// `METHOD path` of every operation in a document.
    static func operations(in document: [String: Any]) -> Set<String> {
        var result = Set<String>()
        for (path, item) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for method in item.keys { result.insert("\(method.uppercased()) \(path)") }
        }
        return result
    }

    @Test("The served document lists exactly the registered routes, and the router serves each of them")
    func routesMatchDocument() async throws {
        try await TestServer.run { client, _ in
            let reply = try await client.get("/api/v1/openapi.json", as: nil)
            #expect(reply.status == .ok)
            #expect(reply.object["openapi"] as? String == "3.1.0")
            let documented = Self.operations(in: reply.object)
            let registered = Set(
                try RouteTable.routesWithDocument().routes.map {
                    "\($0.description.method.rawValue) \($0.description.path)"
                })
            #expect(documented == registered)
            // six kinds × 5, a withdrawal, tokens × 3 + me, schedule requests × 3, schedules × 4,
            // screenings × 2, conjunctions × 3, data products × 5 and the audit log, health,
            // metrics, document
            #expect(documented.count == 56)
            // Each documented operation is routed: the answer is never "no route" nor 405.
            for operation in documented.sorted() {
                let parts = operation.split(separator: " ", maxSplits: 1)
                let method = HTTPRequest.Method(rawValue: String(parts[0]))!
                let path = parts[1].replacingOccurrences(of: "{id}", with: "no-such-id")
                let json: String? = method == .post || method == .put ? "{}" : nil
                let answer = try await client.send(method, path, as: "secretariat", json: json)
                #expect(answer.status != .methodNotAllowed, "\(operation): \(answer)")
                #expect(!(answer["detail"] ?? "").hasPrefix("no route"), "\(operation): \(answer)")
            }
        }
    }

    @Test("Every documented record schema lists exactly the keys its records encode", arguments: EntityKind.allCases)
    func schemaKeys(kind: EntityKind) throws {
        let encoded = try JSONSerialization.jsonObject(with: Data(Self.fullRecord(kind).utf8)) as! [String: Any]
        #expect(Set(Schemas.record(kind).propertyNames) == Set(encoded.keys))
        #expect(
            Set(Schemas.item(kind).propertyNames) == Set(encoded.keys).union(["version", "createdAt", "updatedAt"]))
    }

    /// A record of `kind` with every optional member set, as JSON.
    static func fullRecord(_ kind: EntityKind) -> String {
        switch kind {
        case .agreement:
            var agreement = Registry.agreements[0]
            agreement.expires = try! Day("2030-12-31")
            agreement.notes = "notes"
            return NewRecords.encode(agreement)
        case .station:
            var station = Registry.stations[0]
            station.availability = [
                Station.AvailabilityWindow(
                    start: try! Instant(iso8601: "2026-04-01T00:00:00Z"),
                    end: try! Instant(iso8601: "2026-04-02T00:00:00Z"),
                    state: .maintenance, note: "feed")
            ]
            return NewRecords.encode(station)
        default:
            return NewRecords.fixture(kind, ReadAccessTests.all(kind)[0])
        }
    }

    @Test(
        "The document is valid OpenAPI 3.1 and real answers validate against its schemas",
        .enabled(if: Python.hasValidators, Python.missingValidators))
    func validators() async throws {
        try await TestServer.run { client, _ in
            var samples: [[String: Any]] = []
            func sample(_ schema: String, _ reply: Reply) {
                samples.append(["schema": schema, "value": try! JSONSerialization.jsonObject(with: Data(reply.body))])
            }
            for kind in EntityKind.allCases {
                let name = Schemas.componentName(kind)
                for user in ["secretariat", "nasa-viewer"] {
                    let page = try await client.get("/api/v1/\(kind.plural)", as: user)
                    sample(name + "Page", page)
                    for item in page.items {
                        samples.append(["schema": name + "Item", "value": item])
                    }
                }
                let full = try await client.send(
                    .put, "/api/v1/\(kind.plural)/\(ReadAccessTests.all(kind)[0])", as: "secretariat",
                    json: Self.fullRecord(kind))
                #expect(full.status == .ok, "\(full)")
                sample(name + "Item", full)
                samples.append([
                    "schema": name, "value": try JSONSerialization.jsonObject(with: Data(Self.fullRecord(kind).utf8)),
                ])
            }
            sample("Me", try await client.get("/api/v1/me", as: "esa-viewer"))
            sample("Health", try await client.get("/health", as: nil))
            sample("TokenList", try await client.get("/api/v1/tokens", as: "esa-viewer"))
            sample(
                "CreatedToken",
                try await client.send(.post, "/api/v1/tokens", as: "esa-viewer", json: #"{"label":"x"}"#))
            sample("Problem", try await client.get("/api/v1/partners", as: nil))
            sample(
                "Problem", try await client.send(.post, "/api/v1/spacecraft", as: "nasa-operator", json: #"{"id":1}"#))
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
