import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

/// `/api/v1/schedule-requests` and `/api/v1/schedules`: who may ask, run, publish and read, and
/// that a partner never sees another partner's contact details.
@Suite("Scheduling routes")
struct ScheduleRouteTests {
    /// The server registry with ESA's Kiruna pooled too: NASA and ESA manage the IGA's pool.
    static let snapshot: RegistrySnapshot = {
        var snapshot = Registry.snapshot
        snapshot.agreements[0].clauses.stationContributions.append(
            Agreement.StationContribution(partner: "esa", station: "esa-kiruna"))
        return snapshot
    }()

    static func run(_ body: @Sendable (APIClient) async throws -> Void) async throws {
        try await TestServer.make(snapshot: snapshot).run(body)
    }

    static let sentinelRequest = """
        {"id":"s2a-morning","spacecraft":"sentinel-2a","window":{"start":"2026-03-19T00:00:00Z",\
        "end":"2026-03-19T12:00:00Z"},"contacts":2,"minContactSeconds":300,"maxContactSeconds":600,\
        "priority":"critical","note":"downlink after the manoeuvre"}
        """
    static let runBody = #"{"start":"2026-03-19T00:00:00Z","end":"2026-03-19T12:00:00Z","timeLimitSeconds":1}"#

    @Test("A partner's operators ask for its own spacecraft; others get 403 or 404; lists are scoped")
    func requests() async throws {
        try await Self.run { client in
            let path = "/api/v1/schedule-requests"
            let created = try await client.send(.post, path, as: "esa-operator", json: Self.sentinelRequest)
            #expect(created.status == .created, "\(created)")
            #expect(created.headers[.location] == "\(path)/s2a-morning")
            #expect(created["partner"] == "esa" && created["createdBy"] == "esa-operator")
            #expect(created["placement"] == "flexible" && created["priority"] == "critical")
            let iss = #"{"spacecraft":"iss","window":{"start":"2026-03-19T00:00:00Z","end":"2026-03-20T00:00:00Z"}}"#
            let generated = try await client.send(.post, path, as: "nasa-operator", json: iss)
            #expect(generated.status == .created, "\(generated)")
            #expect(generated["id"]?.hasPrefix("req-") == true && generated["partner"] == "nasa")
            // Partner administrators of the owner and consortium administrators may ask too.
            let byAdmin = try await client.send(
                .post, path, as: "nasa-admin", json: #"{"id":"iss-admin","# + iss.dropFirst())
            #expect(byAdmin.status == .created && byAdmin["partner"] == "nasa", "\(byAdmin)")
            let bySecretariat = try await client.send(
                .post, path, as: "secretariat", json: #"{"id":"iss-sec","# + iss.dropFirst())
            #expect(bySecretariat.status == .created, "\(bySecretariat)")
            #expect(bySecretariat["partner"] == "nasa" && bySecretariat["createdBy"] == "secretariat")
            #expect(try await client.send(.delete, "\(path)/iss-sec", as: "secretariat").status == .noContent)
            #expect(try await client.send(.delete, "\(path)/iss-admin", as: "nasa-operator").status == .noContent)
            // A viewer may not ask; ESA sees the ISS (bound by the IGA) but does not own it;
            // OrbitCo does not see it at all.
            try await client.send(.post, path, as: "nasa-viewer", json: iss).expectProblem(403, "forbidden")
            try await client.send(.post, path, as: "esa-admin", json: iss).expectProblem(403, "forbidden")
            try await client.send(.post, path, as: "orbitco-admin", json: iss).expectProblem(404, "not-found")
            try await client.send(.post, path, as: nil, json: iss).expectProblem(401, "unauthenticated")
            // Body and rule errors name the field.
            try await client.send(.post, path, as: "esa-operator", json: Self.sentinelRequest)
                .expectProblem(409, "conflict")
            try await client.send(
                .post, path, as: "esa-operator",
                json: Self.sentinelRequest.replacingOccurrences(of: #""note""#, with: #""notes""#)
            ).expectProblem(400, "unknown-field", field: "notes")
            try await client.send(
                .post, path, as: "esa-operator",
                json: Self.sentinelRequest.replacingOccurrences(of: "s2a-morning", with: "s2a-2")
                    .replacingOccurrences(of: "2026-03-19T12:00:00Z", with: "2026-03-18T12:00:00Z")
            ).expectProblem(422, "validation", field: "window.end")
            try await client.send(
                .post, path, as: "esa-operator",
                json: Self.sentinelRequest.replacingOccurrences(of: "s2a-morning", with: "s2a-3")
                    .replacingOccurrences(of: #""contacts":2"#, with: #""contacts":2,"mission":"nope""#)
            ).expectProblem(422, "missing-reference", field: "mission")

            #expect(try await client.ids(path, as: "esa-viewer") == ["s2a-morning"])
            #expect(try await client.ids(path, as: "secretariat").count == 2)
            #expect(try await client.ids("\(path)?partner=esa", as: "nasa-viewer") == [])
            #expect(try await client.ids("\(path)?partner=esa", as: "secretariat") == ["s2a-morning"])
            #expect(try await client.ids("\(path)?from=2026-03-19T12:00:00Z", as: "esa-viewer") == [])
            #expect(try await client.ids(path, as: "orbitco-admin") == [])
            try await client.get("\(path)?from=yesterday", as: "esa-viewer").expectProblem(
                400, "invalid-query", field: "from")

            try await client.send(.delete, "\(path)/s2a-morning", as: "esa-viewer").expectProblem(403, "forbidden")
            try await client.send(.delete, "\(path)/s2a-morning", as: "nasa-operator").expectProblem(404, "not-found")
            #expect(try await client.send(.delete, "\(path)/s2a-morning", as: "esa-operator").status == .noContent)
            #expect(try await client.ids(path, as: "esa-viewer") == [])
        }
    }

    @Test("Only consortium administrators and the pool's partner administrators run and publish")
    func runPermissions() async throws {
        try await Self.run { client in
            let path = "/api/v1/schedules"
            for user in ["nasa-operator", "nasa-viewer", "esa-viewer"] {
                try await client.send(.post, path, as: user, json: Self.runBody).expectProblem(403, "forbidden")
            }
            // OrbitCo is party of no agreement: none to schedule, and the IGA does not exist for it.
            try await client.send(.post, path, as: "orbitco-admin", json: Self.runBody)
                .expectProblem(422, "validation", field: "agreement")
            try await client.send(
                .post, path, as: "orbitco-admin",
                json: Self.runBody.replacingOccurrences(of: "{", with: #"{"agreement":"iss-iga","#)
            ).expectProblem(404, "not-found")
            try await client.send(
                .post, path, as: "secretariat",
                json: Self.runBody.replacingOccurrences(of: "{", with: #"{"agreement":"esa-jaxa-draft","#)
            ).expectProblem(422, "validation", field: "agreement")
            try await client.send(
                .post, path, as: "nasa-admin",
                json: Self.runBody.replacingOccurrences(of: "2026-03-19T12:00:00Z", with: "2026-03-29T12:00:00Z")
            ).expectProblem(422, "validation", field: "end")
            try await client.send(
                .post, path, as: "nasa-admin", json: Self.runBody.replacingOccurrences(of: ":1}", with: ":600}")
            ).expectProblem(422, "validation", field: "timeLimitSeconds")
        }
    }

    @Test("A draft is for the managers; once published each partner sees its own contacts and the others' occupancy")
    func runPublishRead() async throws {
        try await Self.run { client in
            #expect(
                try await client.send(
                    .post, "/api/v1/schedule-requests", as: "esa-operator", json: Self.sentinelRequest
                )
                .status == .created)
            let run = try await client.send(.post, "/api/v1/schedules", as: "nasa-admin", json: Self.runBody)
            #expect(run.status == .created, "\(run)")
            let summary = try #require(run.object["schedule"] as? [String: Any])
            let id = try #require(summary["id"] as? String)
            #expect(run.headers[.location] == "/api/v1/schedules/\(id)")
            #expect(summary["status"] as? String == "draft" && summary["agreement"] as? String == "iss-iga")
            #expect(summary["createdBy"] as? String == "nasa-admin")
            let nasaView = try #require(run.object["view"] as? [String: Any])
            #expect(nasaView["partner"] as? String == "nasa")
            let nasaContacts = try #require(nasaView["contacts"] as? [[String: Any]])
            #expect(!nasaContacts.isEmpty)
            #expect(nasaContacts.allSatisfy { $0["partner"] as? String == "nasa" })
            #expect(Set(nasaContacts.compactMap { $0["spacecraft"] as? String }).isSubset(of: ["iss", "hst"]))
            let runInfo = try #require(run.object["run"] as? [String: Any])
            #expect(runInfo["notes"] == nil, "the builder's notes are for consortium administrators")
            #expect(runInfo["defaultRequests"] as? Int == 2, "the ISS and Hubble had no request")

            // Drafts: the managers' administrators and consortium administrators only.
            let item = "/api/v1/schedules/\(id)"
            for user in ["esa-viewer", "nasa-viewer", "esa-operator", "orbitco-admin"] {
                try await client.get(item, as: user).expectProblem(404, "not-found")
                #expect(try await client.ids("/api/v1/schedules", as: user) == [])
            }
            #expect(try await client.get(item, as: "esa-admin").status == .ok)
            #expect(try await client.ids("/api/v1/schedules?status=draft", as: "esa-admin") == [id])
            try await client.send(.post, "\(item)/publish", as: "esa-operator").expectProblem(404, "not-found")
            let published = try await client.send(.post, "\(item)/publish", as: "esa-admin")
            #expect(published.status == .ok, "\(published)")
            #expect(published["status"] == "published" && published["publishedAt"] != nil)
            #expect(published["createdBy"] == nil, "another partner's user id is not shown")
            try await client.send(.post, "\(item)/publish", as: "secretariat").expectProblem(409, "conflict")

            // Published: every party's users; ESA's viewer sees ESA's contacts in full and NASA's as
            // occupancy only, with nothing naming NASA's spacecraft or requests.
            let full = try await client.get(item, as: "secretariat")
            let all = try #require((full.object["view"] as? [String: Any])?["contacts"] as? [[String: Any]])
            #expect(((full.object["view"] as? [String: Any])?["occupancy"] as? [Any])?.isEmpty == true)
            #expect((full.object["run"] as? [String: Any])?["notes"] != nil)
            let esa = try await client.get(item, as: "esa-viewer")
            #expect(esa.status == .ok, "\(esa)")
            let esaView = try #require(esa.object["view"] as? [String: Any])
            let esaContacts = try #require(esaView["contacts"] as? [[String: Any]])
            let occupancy = try #require(esaView["occupancy"] as? [[String: Any]])
            #expect(esaContacts.count + occupancy.count == all.count)
            #expect(esaContacts.count == all.filter { $0["partner"] as? String == "esa" }.count)
            #expect(!esaContacts.isEmpty, "Sentinel-2A's critical request is served")
            #expect(
                esaContacts.allSatisfy {
                    $0["spacecraft"] as? String == "sentinel-2a" && $0["request"] as? String == "s2a-morning"
                })
            #expect(occupancy.allSatisfy { Set($0.keys) == ["resource", "start", "end"] })
            for secret in ["default-iss", "default-hst", #""iss""#, #""hst""#] {
                #expect(!esa.text.contains(secret), "ESA's view names \(secret)")
            }
            let missions = ((esaView["metrics"] as? [String: Any])?["missions"] as? [[String: Any]])?.compactMap {
                $0["name"] as? String
            }
            #expect(missions == ["sentinel-2a"])
            #expect(try await client.ids("/api/v1/schedules", as: "nasa-viewer") == [id])
            #expect(try await client.ids("/api/v1/schedules?agreement=esa-jaxa-draft", as: "nasa-viewer") == [])
            try await client.get(item, as: "orbitco-viewer").expectProblem(404, "not-found")
            try await client.get("/api/v1/schedules?status=final", as: "nasa-viewer").expectProblem(
                400, "invalid-query", field: "status")
        }
    }

    @Test(
        "The scheduling answers validate against the OpenAPI schemas",
        .enabled(if: Python.hasValidators, Python.missingValidators))
    func schemas() async throws {
        try await Self.run { client in
            var samples: [[String: Any]] = []
            func sample(_ schema: String, _ reply: Reply) {
                samples.append(["schema": schema, "value": try! JSONSerialization.jsonObject(with: Data(reply.body))])
            }
            samples.append([
                "schema": "ScheduleRequestBody",
                "value": try JSONSerialization.jsonObject(with: Data(Self.sentinelRequest.utf8)),
            ])
            sample(
                "ScheduleRequest",
                try await client.send(
                    .post, "/api/v1/schedule-requests", as: "esa-operator", json: Self.sentinelRequest))
            sample("ScheduleRequestPage", try await client.get("/api/v1/schedule-requests", as: "secretariat"))
            let run = try await client.send(.post, "/api/v1/schedules", as: "secretariat", json: Self.runBody)
            sample("ScheduleDetail", run)
            let id = try #require((run.object["schedule"] as? [String: Any])?["id"] as? String)
            sample("ScheduleSummary", try await client.send(.post, "/api/v1/schedules/\(id)/publish", as: "nasa-admin"))
            sample("ScheduleDetail", try await client.get("/api/v1/schedules/\(id)", as: "esa-viewer"))
            sample("SchedulePage", try await client.get("/api/v1/schedules", as: "nasa-viewer"))
            samples.append([
                "schema": "ScheduleRunBody", "value": try JSONSerialization.jsonObject(with: Data(Self.runBody.utf8)),
            ])
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
