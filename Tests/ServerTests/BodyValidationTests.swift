import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

@Suite("Bodies: bad JSON, wrong types, unknown fields, size, media type, SQL-ish text, broken TLEs")
struct BodyValidationTests {
    /// Every list as the consortium administrator sees it: equal before and after means nothing changed.
    static func everything(_ client: APIClient) async throws -> [String] {
        var lists: [String] = []
        for kind in EntityKind.allCases {
            lists.append(try await client.get("/api/v1/\(kind.plural)?limit=500", as: "secretariat").text)
        }
        return lists
    }

    static let spacecraft = #"{"id":"probe-1","name":"Probe 1","owner":"nasa","status":"planned""#
    static let unnamed = #"{"id":"probe-1","owner":"nasa","status":"planned""#

    /// (path, user, body, status, problem slug, field) of requests that must be refused.
    static let refusals: [(String, String, String, Int, String, String?)] = [
        ("/api/v1/spacecraft", "nasa-operator", "{", 400, "malformed-body", nil),
        ("/api/v1/spacecraft", "nasa-operator", "", 400, "malformed-body", nil),
        ("/api/v1/spacecraft", "nasa-operator", "[]", 400, "malformed-body", nil),
        ("/api/v1/spacecraft", "nasa-operator", #""probe""#, 400, "malformed-body", nil),
        ("/api/v1/spacecraft", "nasa-operator", spacecraft + #","noradID":"25544"}"#, 400, "malformed-body", "noradID"),
        ("/api/v1/spacecraft", "nasa-operator", spacecraft + #","noradID":1.5}"#, 400, "malformed-body", "noradID"),
        ("/api/v1/spacecraft", "nasa-operator", unnamed + #","name":7}"#, 400, "malformed-body", "name"),
        ("/api/v1/spacecraft", "nasa-operator", spacecraft + #","name":"Probe 2"}"#, 400, "malformed-body", "name"),
        (
            "/api/v1/spacecraft", "nasa-operator", spacecraft + #","orbit":null,"orbit":null}"#, 400, "malformed-body",
            "orbit"
        ),
        (
            "/api/v1/spacecraft", "nasa-operator", #"{"id":"probe-1","owner":"nasa","status":"planned"}"#, 400,
            "malformed-body", "name"
        ),
        ("/api/v1/spacecraft", "nasa-operator", unnamed + #","name":null}"#, 400, "malformed-body", "name"),
        (
            "/api/v1/spacecraft", "nasa-operator", #"{"id":"probe-1","name":"P","owner":"nasa","status":"flying"}"#,
            400, "malformed-body", "status"
        ),
        (
            "/api/v1/spacecraft", "nasa-operator", #"{"id":"Probe 1!","name":"P","owner":"nasa","status":"planned"}"#,
            400, "malformed-body", "id"
        ),
        ("/api/v1/spacecraft", "nasa-operator", spacecraft + #","ownr":"esa"}"#, 400, "unknown-field", "ownr"),
        (
            "/api/v1/spacecraft", "nasa-operator", spacecraft + #","orbit":{"format":"tle","text":"x","source":"me"}}"#,
            400, "unknown-field", "orbit.source"
        ),
        (
            "/api/v1/spacecraft", "nasa-operator", spacecraft + #","orbit":{"format":"tle","text":"\#(badTLE)"}}"#, 422,
            "validation", "orbit.text"
        ),
        (
            "/api/v1/spacecraft", "nasa-operator",
            spacecraft + #","noradID":20580,"orbit":{"format":"tle","text":"\#(issTLE)"}}"#, 422, "validation", "orbit"
        ),
        ("/api/v1/spacecraft", "nasa-operator", spacecraft + #","cosparID":"98-067A"}"#, 422, "validation", "cosparID"),
        (
            "/api/v1/spacecraft", "secretariat", #"{"id":"probe-1","name":"P","owner":"nobody","status":"planned"}"#,
            422, "missing-reference", "owner"
        ),
        (
            "/api/v1/spacecraft", "nasa-operator", #"{"id":"iss","name":"P","owner":"nasa","status":"planned"}"#, 409,
            "conflict", "id"
        ),
        (
            "/api/v1/stations", "nasa-operator",
            station(
                antennas:
                    #"[{"name":"A","diameterMeters":3,"bands":["S"]},{"name":"B","diameterMeters":3,"bands":["X"],"colour":"red"}]"#
            ), 400, "unknown-field", "antennas[1].colour"
        ),
        (
            "/api/v1/stations", "nasa-operator",
            station(antennas: #"[{"name":"A","diameterMeters":"3","bands":["S"]}]"#), 400, "malformed-body",
            "antennas[0].diameterMeters"
        ),
        (
            "/api/v1/stations", "nasa-operator",
            station(antennas: #"[{"name":"A","diameterMeters":3,"bands":["S","Q"]}]"#), 400, "malformed-body",
            "antennas[0].bands[1]"
        ),
        ("/api/v1/stations", "nasa-operator", station(latitude: "91"), 422, "validation", "latitude"),
        (
            "/api/v1/agreements", "secretariat",
            agreement(shares: #"[{"partner":"nasa","percent":50},{"partner":"jaxa","percent":"50"}]"#), 400,
            "malformed-body", "clauses.networkShares[1].percent"
        ),
        (
            "/api/v1/agreements", "secretariat",
            agreement(shares: #"[{"partner":"nasa","percent":50},{"partner":"jaxa","percent":50,"share":1}]"#), 400,
            "unknown-field", "clauses.networkShares[1].share"
        ),
        (
            "/api/v1/agreements", "secretariat",
            agreement(shares: #"[{"partner":"nasa","percent":50},{"partner":"jaxa","percent":40}]"#), 422, "validation",
            "clauses.networkShares"
        ),
        (
            "/api/v1/users", "esa-admin", #"{"id":"u1","name":"U","partner":"esa","role":"root"}"#, 400,
            "malformed-body", "role"
        ),
    ]

    static let badTLE = Registry.badChecksumISS.replacingOccurrences(of: "\n", with: "\\n")
    static let issTLE = Registry.issTLE.replacingOccurrences(of: "\n", with: "\\n")

    static func station(antennas: String = "[]", latitude: String = "10") -> String {
        #"{"id":"st-1","name":"Station","owner":"nasa","latitude":\#(latitude),"longitude":20,"heightMeters":0,"#
            + #""antennas":\#(antennas),"horizonMask":{"minimumElevation":0,"points":[]},"availability":[]}"#
    }

    static func agreement(shares: String) -> String {
        #"{"id":"ag-1","title":"A","kind":"memorandumOfUnderstanding","status":"draft","signed":"2026-01-01","#
            + #""effective":"2026-01-01","parties":[{"partner":"nasa"},{"partner":"jaxa"}],"#
            + #""clauses":{"networkShares":\#(shares),"stationContributions":[],"#
            + #""dataPolicy":{"access":"consortium","namedParties":[],"proprietaryPeriodDays":0},"costShares":[]}}"#
    }

    @Test("Refused bodies answer 4xx problem+json naming the field, and change nothing")
    func refusals() async throws {
        try await TestServer.run { client, _ in
            let before = try await Self.everything(client)
            for (path, user, body, status, slug, field) in Self.refusals {
                let reply = try await client.send(.post, path, as: user, json: body)
                reply.expectProblem(status, slug, field: field)
                if field == nil, status == 400 { #expect(reply.object["field"] == nil, "\(reply)") }
            }
            #expect(try await Self.everything(client) == before)
        }
    }

    @Test("A broken TLE in an update is a 422 naming orbit.text, and the stored orbit stays")
    func brokenTLEUpdate() async throws {
        try await TestServer.run { client, _ in
            let before = try await client.get("/api/v1/spacecraft/iss", as: "nasa-operator")
            var iss = Registry.spacecraft.first { $0.id == "iss" }!
            iss.orbit = Spacecraft.Orbit(format: .tle, text: Registry.badChecksumISS)
            let reply = try await client.send(
                .put, "/api/v1/spacecraft/iss", as: "nasa-operator", json: NewRecords.encode(iss))
            reply.expectProblem(422, "validation", field: "orbit.text")
            #expect((reply["detail"] ?? "").contains("checksum"))
            iss.orbit = Spacecraft.Orbit(format: .omm, text: "CCSDS_OMM_VERS = 2.0\nOBJECT_NAME = ISS")
            try await client.send(.put, "/api/v1/spacecraft/iss", as: "nasa-operator", json: NewRecords.encode(iss))
                .expectProblem(422, "validation", field: "orbit.text")
            #expect(try await client.get("/api/v1/spacecraft/iss", as: "nasa-operator").text == before.text)
        }
    }

    @Test("Decoding messages say what was expected and found")
    func messages() async throws {
        try await TestServer.run { client, _ in
            let body = Self.agreement(shares: #"[{"partner":"nasa","percent":50},{"partner":"jaxa","percent":"50"}]"#)
            let reply = try await client.send(.post, "/api/v1/agreements", as: "secretariat", json: body)
            #expect(reply["detail"] == "expected a number, found a string")
            let fraction = try await client.send(
                .post, "/api/v1/spacecraft", as: "nasa-operator", json: Self.spacecraft + #","noradID":25544.5}"#)
            #expect(fraction["detail"] == "expected an integer, found 25544.5")
            #expect(fraction["field"] == "noradID")
            let days = try await client.send(
                .post, "/api/v1/agreements", as: "secretariat",
                json: Self.agreement(shares: "[]").replacingOccurrences(
                    of: #""proprietaryPeriodDays":0"#, with: #""proprietaryPeriodDays":0.5"#))
            #expect(days["field"] == "clauses.dataPolicy.proprietaryPeriodDays", "\(days)")
            let missing = try await client.send(
                .post, "/api/v1/spacecraft", as: "nasa-operator", json: #"{"id":"p","owner":"nasa","status":"planned"}"#
            )
            #expect(missing["detail"] == "is required")
            let unknown = try await client.send(
                .post, "/api/v1/spacecraft", as: "nasa-operator", json: Self.spacecraft + #","ownr":"esa"}"#)
            #expect(unknown["detail"] == "'ownr' is not a field of this record")
        }
    }

    @Test("Nulls for optional fields and echoed read-only members (version, timestamps, epoch) are accepted")
    func echoes() async throws {
        try await TestServer.run { client, _ in
            let created = try await client.send(
                .post, "/api/v1/spacecraft", as: "nasa-operator",
                json: Self.spacecraft + #","noradID":null,"cosparID":null,"orbit":null}"#)
            #expect(created.status == .created, "\(created)")
            // PUT back exactly what GET returned: version, createdAt, updatedAt and orbit.epoch included.
            let iss = try await client.get("/api/v1/spacecraft/iss", as: "nasa-operator")
            #expect((iss.object["orbit"] as? [String: Any])?["epoch"] != nil)
            let put = try await client.send(.put, "/api/v1/spacecraft/iss", as: "nasa-operator", json: iss.text)
            #expect(put.status == .ok, "\(put)")
            #expect(put.object["version"] as? Int == 2)
        }
    }

    @Test("Bodies over the limit: 413, whether or not Content-Length announces them")
    func oversized() async throws {
        let configuration = ServerConfiguration(maximumBodyBytes: 2_000, generationCheckInterval: .zero)
        let server = try await TestServer.make(configuration: configuration)
        try await server.run { client in
            let before = try await Self.everything(client)
            let description = String(repeating: "x", count: 3_000)
            let body =
                #"{"id":"big","name":"Big","lead":"nasa","status":"planned","description":"\#(description)","#
                + #""spacecraft":[],"contributions":[{"partner":"nasa","kind":"funds","role":"lead","description":"d"}]}"#
            let reply = try await client.send(.post, "/api/v1/missions", as: "nasa-admin", json: body)
            reply.expectProblem(413, "payload-too-large")
            var headers = HTTPFields()
            headers[.contentLength] = "5000000"
            let announced = try await client.send(
                .post, "/api/v1/missions", as: "nasa-admin", json: body, headers: headers)
            announced.expectProblem(413, "payload-too-large")
            #expect(try await Self.everything(client) == before)
        }
    }

    @Test(
        "Bodies that are not JSON: 415", arguments: ["text/plain", "application/x-www-form-urlencoded", nil as String?])
    func mediaType(contentType: String?) async throws {
        try await TestServer.run { client, _ in
            var headers = HTTPFields()
            if let contentType { headers[.contentType] = contentType }
            headers[.authorization] = "Bearer \(client.secrets["nasa-operator"]!)"
            let reply = try await client.client.exchange(
                uri: "/api/v1/spacecraft", method: .post, headers: headers,
                body: ByteBuffer(string: Self.spacecraft + "}"))
            reply.expectProblem(415, "unsupported-media-type")
            try await client.get("/api/v1/spacecraft/probe-1", as: "nasa-operator").expectProblem(404, "not-found")
            let json = try await client.send(
                .post, "/api/v1/spacecraft", as: "nasa-operator", json: Self.spacecraft + "}",
                headers: [.contentType: "application/json; charset=utf-8"])
            #expect(json.status == .created)
        }
    }

    @Test("SQL-ish text is stored and matched literally")
    func sqlText() async throws {
        try await TestServer.run { client, _ in
            let name = "Robert'); DROP TABLE spacecraft;--"
            let body = NewRecords.encode(Spacecraft(id: "bobby", name: name, owner: "nasa", status: .planned))
            #expect(
                try await client.send(.post, "/api/v1/spacecraft", as: "nasa-operator", json: body).status == .created)
            #expect(try await client.get("/api/v1/spacecraft/bobby", as: "nasa-viewer")["name"] == name)
            let injected = try await client.get(
                "/api/v1/spacecraft?owner=nasa%27%20OR%20%271%27=%271", as: "secretariat")
            #expect(injected.status == .ok)
            #expect(injected.ids.isEmpty)
            try await client.get("/api/v1/spacecraft/iss'%20OR%20'1'='1", as: "secretariat").expectProblem(
                404, "not-found")
            let all = try await client.get("/api/v1/spacecraft", as: "secretariat")
            #expect(all.ids == ["bobby", "hst", "iss", "orbitco-1", "sentinel-2a"])
        }
    }
}
