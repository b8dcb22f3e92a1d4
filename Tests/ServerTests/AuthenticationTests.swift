import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage
import Testing

@testable import Server

@Suite("Authentication: bearer tokens, /me, revocation, expiry")
struct AuthenticationTests {
    @Test("No token, a malformed header or an unknown token: 401 with WWW-Authenticate: Bearer")
    func unauthenticated() async throws {
        try await TestServer.run { client, _ in
            let none = try await client.get("/api/v1/partners", as: nil)
            none.expectProblem(401, "unauthenticated")
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)

            let unknown = try await client.get("/api/v1/partners", as: "mallory")
            unknown.expectProblem(401, "unauthenticated")
            #expect(unknown.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)

            for header in [
                "Basic dXNlcjpwYXNz", "Bearer", "Bearer a b", "Bearer " + String(repeating: "x", count: 300),
            ] {
                var headers = HTTPFields()
                headers[.authorization] = header
                let reply = try await client.send(.get, "/api/v1/spacecraft", as: nil, headers: headers)
                reply.expectProblem(401, "unauthenticated")
            }
            // Open routes need no token.
            #expect(try await client.get("/health", as: nil).status == .ok)
            #expect(try await client.get("/api/v1/openapi.json", as: nil).status == .ok)
        }
    }

    @Test("The scheme is case-insensitive", arguments: ["bearer", "BEARER", "Bearer"])
    func schemeCase(scheme: String) async throws {
        try await TestServer.run { client, _ in
            var headers = HTTPFields()
            headers[.authorization] = "\(scheme) \(client.secrets["nasa-viewer"]!)"
            let reply = try await client.send(.get, "/api/v1/me", as: nil, headers: headers)
            #expect(reply.status == .ok)
            #expect(reply["user"] == "nasa-viewer")
        }
    }

    @Test(
        "Bearer credentials are parsed by the RFC 7235 rules",
        arguments: [
            ("Bearer abc", "abc"), ("bearer abc", "abc"), ("BeArEr  abc ", "abc"), ("Bearer", nil),
            ("Bearerabc", nil), ("Bearer ", nil), ("Bearer a b", nil), ("Basic abc", nil), ("", nil),
        ] as [(String, String?)])
    func bearerParsing(header: String, secret: String?) {
        #expect(AccessCache.bearerSecret(in: header) == secret)
    }

    @Test("/me names the user, partner and role of every token")
    func me() async throws {
        try await TestServer.run { client, _ in
            for user in Registry.users {
                let reply = try await client.get("/api/v1/me", as: user.id.rawValue)
                #expect(reply.status == .ok)
                #expect(reply["user"] == user.id.rawValue)
                #expect(reply["partner"] == user.partner.rawValue)
                #expect(reply["role"] == user.role.rawValue)
                #expect(reply["name"] == user.name)
            }
        }
    }

    @Test("A revoked token stops working on the next request")
    func revokedToken() async throws {
        try await TestServer.run { client, server in
            #expect(try await client.get("/api/v1/me", as: "esa-viewer").status == .ok)
            let tokens = try await client.get("/api/v1/tokens", as: "esa-viewer")
            let id = try #require(tokens.items.first?["id"] as? String)
            #expect(try await client.send(.delete, "/api/v1/tokens/\(id)", as: "esa-viewer").status == .noContent)
            try await client.get("/api/v1/me", as: "esa-viewer").expectProblem(401, "unauthenticated")
            // Revoking again: the token is still listed (revoked), so 204 or 404 are both honest;
            // the store says which. Other users' tokens keep working.
            #expect(try await client.get("/api/v1/me", as: "nasa-viewer").status == .ok)
            let stored = try await server.repository.tokens(of: "esa-viewer")
            #expect(stored.count == 1)
            #expect(stored.first?.revokedAt != nil)
        }
    }

    @Test("A token revoked by another process stops working once the generation is read")
    func revokedElsewhere() async throws {
        try await TestServer.run { client, server in
            #expect(try await client.get("/api/v1/me", as: "nasa-admin").status == .ok)
            let token = try #require(try await server.repository.tokens(of: "nasa-admin").first)
            try await server.repository.revokeToken(id: token.id, of: "nasa-admin", at: Instant.now)
            try await client.get("/api/v1/me", as: "nasa-admin").expectProblem(401, "unauthenticated")
        }
    }

    @Test("An expired token is refused; the expiry is judged by the server's clock")
    func expiredToken() async throws {
        let clock = ManualClock(try Instant(iso8601: "2026-03-19T12:00:00Z"))
        let configuration = ServerConfiguration(
            tokenCacheTTL: .zero, generationCheckInterval: .zero, clock: ServerClock { clock.now })
        let server = try await TestServer.make(configuration: configuration)
        let issued = APIToken.issue(
            for: "esa-operator", label: "short-lived", at: clock.now,
            expiresAt: try Instant(iso8601: "2026-03-19T13:00:00Z"))
        try await server.repository.createToken(issued.token)
        try await server.run { client in
            var headers = HTTPFields()
            headers[.authorization] = "Bearer \(issued.secret)"
            #expect(try await client.send(.get, "/api/v1/me", as: nil, headers: headers).status == .ok)
            clock.now = try Instant(iso8601: "2026-03-19T13:00:01Z")
            try await client.send(.get, "/api/v1/me", as: nil, headers: headers).expectProblem(401, "unauthenticated")
        }
    }
}

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Instant

    init(_ instant: Instant) { self.instant = instant }

    var now: Instant {
        get { lock.withLock { instant } }
        set { lock.withLock { instant = newValue } }
    }
}
