import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

/// Who may create what, from the role table of docs/platform.md (worked out by hand, not by
/// calling `AccessPolicy.mayWrite`): consortium admins everything; partners and agreements only
/// them; missions, spacecraft and stations the owner's operators and admins; users the owner's
/// partner admins.
@Suite("Writes: creation by every role, for its own partner and for another")
struct WriteAccessTests {
    static func mayCreate(_ kind: EntityKind, role: Role, ownPartner: Bool) -> Bool {
        if role == .consortiumAdmin { return true }
        guard ownPartner else { return false }
        switch kind {
        case .partner, .agreement: return false
        case .mission, .spacecraft, .station: return role == .partnerAdmin || role == .operator
        case .user: return role == .partnerAdmin
        }
    }

    @Test(
        "Create: allowed → 201 with Location and ETag; refused → 403 naming the rule, nothing stored",
        arguments: EntityKind.allCases)
    func create(kind: EntityKind) async throws {
        try await TestServer.run { client, _ in
            for (index, user) in Registry.users.enumerated() {
                for own in [true, false] {
                    let owner = own ? user.partner.rawValue : (user.partner == "nasa" ? "jaxa" : "nasa")
                    let id = "new-\(kind.rawValue)-\(index)-\(own ? "own" : "other")"
                    let reply = try await client.send(
                        .post, "/api/v1/\(kind.plural)", as: user.id.rawValue,
                        json: NewRecords.json(kind, id: id, owner: owner))
                    let after = try await client.get("/api/v1/\(kind.plural)/\(id)", as: "secretariat")
                    if Self.mayCreate(kind, role: user.role, ownPartner: own) {
                        #expect(reply.status == .created, "\(user.id) creating \(kind.rawValue) of \(owner): \(reply)")
                        #expect(reply.headers[.location] == "/api/v1/\(kind.plural)/\(id)")
                        #expect(reply.headers[.eTag] == "\"1\"")
                        #expect(reply["id"] == id)
                        #expect(after.status == .ok)
                    } else {
                        reply.expectProblem(403, "forbidden")
                        #expect((reply["detail"] ?? "").contains("you are \(user.role.rawValue) of '\(user.partner)'"))
                        after.expectProblem(404, "not-found")
                    }
                }
            }
        }
    }

    @Test("A partner admin cannot create a consortium admin, nor a user of another partner")
    func grantingRoles() async throws {
        try await TestServer.run { client, _ in
            let admin = NewRecords.encode(
                User(id: "esa-boss", name: "ESA boss", partner: "esa", role: .consortiumAdmin))
            let refused = try await client.send(.post, "/api/v1/users", as: "esa-admin", json: admin)
            refused.expectProblem(403, "forbidden")
            #expect((refused["detail"] ?? "").contains("consortiumAdmin"))
            try await client.get("/api/v1/users/esa-boss", as: "secretariat").expectProblem(404, "not-found")
            #expect(try await client.send(.post, "/api/v1/users", as: "secretariat", json: admin).status == .created)
            let operatorUser = NewRecords.encode(
                User(id: "esa-ops-2", name: "ESA ops", partner: "esa", role: .operator))
            #expect(
                try await client.send(.post, "/api/v1/users", as: "esa-admin", json: operatorUser).status == .created)
        }
    }
}
