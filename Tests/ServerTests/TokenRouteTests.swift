import Consortium
import Foundation
import Hummingbird
import Storage
import Testing

@testable import Server

@Suite("Tokens over the API: made for oneself or a managed user, secret shown once, revoked")
struct TokenRouteTests {
    @Test("Every role makes a token for itself; the secret works, is shown once and only its hash is stored")
    func ownTokens() async throws {
        try await TestServer.run { client, server in
            for user in Registry.users {
                let made = try await client.send(
                    .post, "/api/v1/tokens", as: user.id.rawValue,
                    json: #"{"label":"laptop of \#(user.id)","expiresAt":"2099-01-01T00:00:00Z"}"#)
                #expect(made.status == .created, "\(made)")
                let secret = try #require(made["secret"])
                let id = try #require(made["id"])
                #expect(secret.hasPrefix("concord_"))
                #expect(made["user"] == user.id.rawValue)
                #expect(made["expiresAt"] == "2099-01-01T00:00:00.000Z")
                #expect(made.headers[.location] == "/api/v1/tokens/\(id)")
                var headers = HTTPFields()
                headers[.authorization] = "Bearer \(secret)"
                let me = try await client.send(.get, "/api/v1/me", as: nil, headers: headers)
                #expect(me["user"] == user.id.rawValue)
                // Listed without secret or hash; stored as the SHA-256 of the secret.
                let list = try await client.get("/api/v1/tokens", as: user.id.rawValue)
                #expect(list.items.count == 2)
                #expect(!list.text.contains(secret))
                #expect(list.items.allSatisfy { $0["secret"] == nil && $0["secretHash"] == nil })
                let stored = try await server.repository.tokens(of: user.id)
                #expect(stored.first { $0.id == id }?.secretHash == APIToken.hash(secret: secret))
            }
        }
    }

    @Test("Managers make, list and revoke their users' tokens; nobody else's")
    func managedTokens() async throws {
        try await TestServer.run { client, _ in
            let made = try await client.send(
                .post, "/api/v1/tokens", as: "esa-admin", json: #"{"user":"esa-operator","label":"ops host"}"#)
            #expect(made.status == .created)
            #expect(made["user"] == "esa-operator")
            let listed = try await client.get("/api/v1/tokens?user=esa-operator", as: "esa-admin")
            #expect(listed.items.count == 2)
            let id = try #require(made["id"])
            #expect(
                try await client.send(.delete, "/api/v1/tokens/\(id)?user=esa-operator", as: "esa-admin").status
                    == .noContent)
            let revoked = try await client.get("/api/v1/tokens?user=esa-operator", as: "esa-admin")
            #expect(revoked.items.first { $0["id"] as? String == id }?["revokedAt"] != nil)

            // Refusals: another partner's user (not visible: 404), a consortium admin of one's own
            // partner (403), a peer without the admin role (404: operators see only themselves).
            let cases: [(String, String, Int, String)] = [
                ("nasa-admin", "esa-operator", 404, "not-found"),
                ("esa-admin", "secretariat", 403, "forbidden"),
                ("esa-operator", "esa-viewer", 404, "not-found"),
                ("orbitco-viewer", "orbitco-admin", 404, "not-found"),
            ]
            for (caller, target, status, slug) in cases {
                try await client.send(.post, "/api/v1/tokens", as: caller, json: #"{"user":"\#(target)","label":"x"}"#)
                    .expectProblem(status, slug)
                try await client.get("/api/v1/tokens?user=\(target)", as: caller).expectProblem(status, slug)
            }
            // The consortium administrator manages everyone.
            let forViewer = try await client.send(
                .post, "/api/v1/tokens", as: "secretariat", json: #"{"user":"orbitco-viewer","label":"support"}"#)
            #expect(forViewer.status == .created)
        }
    }

    @Test("Token bodies are checked: label, expiry in the future, strict keys")
    func tokenBodies() async throws {
        try await TestServer.run { client, server in
            let cases: [(String, Int, String, String?)] = [
                (#"{"label":""}"#, 422, "validation", "label"),
                (#"{"label":"a\u0007b"}"#, 422, "validation", "label"),
                (#"{"label":"old","expiresAt":"2001-01-01T00:00:00Z"}"#, 422, "validation", "expiresAt"),
                (#"{"label":"x","expiresAt":"tomorrow"}"#, 400, "malformed-body", "expiresAt"),
                (#"{"label":"x","role":"consortiumAdmin"}"#, 400, "unknown-field", "role"),
                (#"{"label":"x","user":"no-such-user"}"#, 404, "not-found", nil),
            ]
            for (body, status, slug, field) in cases {
                try await client.send(.post, "/api/v1/tokens", as: "nasa-admin", json: body).expectProblem(
                    status, slug, field: field)
            }
            #expect(try await server.repository.tokens(of: "nasa-admin").count == 1)
            try await client.send(.delete, "/api/v1/tokens/tok-0000000000000000", as: "nasa-admin").expectProblem(
                404, "not-found")
        }
    }
}
