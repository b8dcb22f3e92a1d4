import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

@Suite("Writes: updates and deletes by every role, checked against the stored and the new owner")
struct UpdateDeleteTests {
    /// Whether `user` may update the record `id` of `kind` (worked out by hand from the role table).
    static func mayUpdate(_ kind: EntityKind, _ id: String, by user: User) -> Bool {
        if user.role == .consortiumAdmin { return true }
        let owner: String? =
            switch kind {
            case .partner: id
            case .agreement: nil
            case .mission: Registry.missions.first { $0.id.rawValue == id }?.lead.rawValue
            case .spacecraft: Registry.spacecraft.first { $0.id.rawValue == id }?.owner.rawValue
            case .station: Registry.stations.first { $0.id.rawValue == id }?.owner.rawValue
            case .user: NewRecords.user(id).partner.rawValue
            }
        guard owner == user.partner.rawValue else { return false }
        switch kind {
        case .agreement: return false
        case .partner: return user.role == .partnerAdmin
        case .mission, .spacecraft, .station: return user.role == .partnerAdmin || user.role == .operator
        case .user: return user.role == .partnerAdmin && NewRecords.user(id).role != .consortiumAdmin
        }
    }

    /// `json` with its `name` (or `title`) replaced by `text`.
    static func renamed(_ json: String, to text: String) -> String {
        var object = try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        object[object["title"] != nil ? "title" : "name"] = text
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test(
        "Update: hidden → 404, readable but not writable → 403, allowed → 200 with the next version",
        arguments: EntityKind.allCases)
    func update(kind: EntityKind) async throws {
        try await TestServer.run { client, _ in
            for user in Registry.users {
                let visible = Set(ReadAccessTests.expected(kind, for: user.id.rawValue))
                for id in ReadAccessTests.all(kind) {
                    let path = "/api/v1/\(kind.plural)/\(id)"
                    let before = try await client.get(path, as: "secretariat")
                    let body = Self.renamed(NewRecords.fixture(kind, id), to: "Renamed by \(user.id)")
                    let reply = try await client.send(.put, path, as: user.id.rawValue, json: body)
                    let after = try await client.get(path, as: "secretariat")
                    let version = before.object["version"] as! Int
                    if !visible.contains(id) {
                        reply.expectProblem(404, "not-found")
                    } else if Self.mayUpdate(kind, id, by: user) {
                        #expect(reply.status == .ok, "\(user.id) updating \(kind.rawValue) \(id): \(reply)")
                        #expect(reply.object["version"] as? Int == version + 1)
                        #expect(reply.headers[.eTag] == "\"\(version + 1)\"")
                        #expect(after.object["name"] as? String ?? after["title"] == "Renamed by \(user.id)")
                        continue
                    } else {
                        reply.expectProblem(403, "forbidden")
                    }
                    #expect(after.object["version"] as? Int == version, "\(kind.rawValue) \(id) changed by \(user.id)")
                    #expect(after.text == before.text)
                }
            }
        }
    }

    @Test("Nobody gives a record away: changing the owner needs write rights on both sides")
    func ownerTransfer() async throws {
        try await TestServer.run { client, _ in
            var iss = Registry.spacecraft.first { $0.id == "iss" }!
            iss.owner = "esa"
            let given = try await client.send(
                .put, "/api/v1/spacecraft/iss", as: "nasa-admin", json: NewRecords.encode(iss))
            given.expectProblem(403, "forbidden")
            #expect((given["detail"] ?? "").contains("'esa'"))
            var station = Registry.stations.first { $0.id == "esa-kiruna" }!
            station.owner = "orbitco"
            try await client.send(
                .put, "/api/v1/stations/esa-kiruna", as: "esa-operator", json: NewRecords.encode(station)
            )
            .expectProblem(403, "forbidden")
            var user = NewRecords.user("esa-viewer")
            user.role = .consortiumAdmin
            try await client.send(.put, "/api/v1/users/esa-viewer", as: "esa-admin", json: NewRecords.encode(user))
                .expectProblem(403, "forbidden")
            #expect(try await client.get("/api/v1/spacecraft/iss", as: "secretariat")["owner"] == "nasa")
            #expect(try await client.get("/api/v1/stations/esa-kiruna", as: "secretariat")["owner"] == "esa")
            #expect(try await client.get("/api/v1/users/esa-viewer", as: "secretariat")["role"] == "viewer")
            // A consortium administrator may transfer.
            #expect(
                try await client.send(.put, "/api/v1/spacecraft/iss", as: "secretariat", json: NewRecords.encode(iss))
                    .status
                    == .ok)
        }
    }

    @Test("The body's id must be the path's")
    func idMismatch() async throws {
        try await TestServer.run { client, _ in
            let reply = try await client.send(
                .put, "/api/v1/spacecraft/iss", as: "nasa-admin", json: NewRecords.fixture(.spacecraft, "hst"))
            reply.expectProblem(422, "validation", field: "id")
            #expect(try await client.get("/api/v1/spacecraft/iss", as: "nasa-admin").object["version"] as? Int == 1)
            #expect(try await client.get("/api/v1/spacecraft/hst", as: "nasa-admin").object["version"] as? Int == 1)
        }
    }

    /// (user, kind, id, expected status), in order: refusals first, then the deletes that work.
    static let deletes: [(String, EntityKind, String, Int)] = [
        ("orbitco-admin", .spacecraft, "iss", 404),
        ("nasa-operator", .spacecraft, "iss", 403),
        ("esa-admin", .spacecraft, "iss", 403),
        ("nasa-admin", .spacecraft, "hst", 409),  // flown by the Hubble mission
        ("nasa-admin", .spacecraft, "iss", 204),
        ("nasa-admin", .station, "dsn-goldstone", 409),  // pooled by the IGA
        ("esa-operator", .station, "esa-kiruna", 403),
        ("esa-admin", .station, "esa-kiruna", 204),
        ("esa-admin", .mission, "hubble", 403),
        ("nasa-admin", .mission, "hubble", 204),
        ("nasa-admin", .spacecraft, "hst", 204),
        ("esa-admin", .agreement, "esa-jaxa-draft", 403),
        ("orbitco-admin", .agreement, "esa-jaxa-draft", 404),
        ("secretariat", .agreement, "esa-jaxa-draft", 204),
        ("nasa-admin", .partner, "nasa", 403),
        ("secretariat", .partner, "orbitco", 409),  // owns users, a station and a spacecraft
        ("esa-admin", .user, "secretariat", 403),  // only consortium admins manage consortium admins
        ("nasa-admin", .user, "esa-viewer", 404),
        ("esa-viewer", .user, "esa-viewer", 403),
        ("esa-admin", .user, "esa-viewer", 204),
    ]

    @Test("Delete: 404 out of scope, 403 by role, 409 while referenced, 204 and gone otherwise")
    func delete() async throws {
        try await TestServer.run { client, _ in
            for (user, kind, id, status) in Self.deletes {
                let path = "/api/v1/\(kind.plural)/\(id)"
                let reply = try await client.send(.delete, path, as: user)
                let after = try await client.get(path, as: "secretariat")
                switch status {
                case 204:
                    #expect(reply.status == .noContent, "\(user) deleting \(id): \(reply)")
                    #expect(reply.body.isEmpty)
                    after.expectProblem(404, "not-found")
                case 403: reply.expectProblem(403, "forbidden")
                case 404: reply.expectProblem(404, "not-found")
                default: reply.expectProblem(409, "in-use")
                }
                if status != 204 { #expect(after.status == .ok, "\(id) gone after \(user)'s refused delete") }
            }
        }
    }
}
