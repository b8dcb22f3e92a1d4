import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage
import Testing

@testable import Console

/// Signing in with an API token, the session cookie, CSRF on every form, and signing out.
@Suite("Console sessions")
struct SessionTests {
    static let pages = [
        "/console/overview", "/console/map", "/console/schedule", "/console/registry", "/console/conjunctions",
        "/console/conjunctions/x/cdm", "/console/data",
    ]

    @Test("Without a session every page answers 303 to the sign-in page; a bogus cookie too")
    func pagesNeedASession() async throws {
        try await ConsoleTestServer.run { client, _ in
            for path in Self.pages {
                for cookies in [[:], ["concord_session": "concord_notARealSecret"], ["concord_session": "x;y"]] {
                    let reply = try await client.get(path, cookies: cookies)
                    #expect(reply.status == .seeOther, "\(path) \(cookies): \(reply)")
                    #expect(reply.headers[.location] == "/console/sign-in")
                }
            }
            let root = try await client.get("/")
            #expect(root.status == .seeOther && root.headers[.location] == "/console/overview")
            let signIn = try await client.get("/console/sign-in")
            #expect(signIn.status == .ok && signIn.body.contains("name=\"token\""))
        }
    }

    @Test("A token is exchanged for an HttpOnly, SameSite=Strict session stored as a hash with a 12 h expiry")
    func signInStoresAHashedSession() async throws {
        try await ConsoleTestServer.run { client, server in
            let form = try await client.get("/console/sign-in")
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: form.body))
            let pre = try #require(form.cookieValue("concord_signin"))
            #expect(csrf == pre && csrf.count == 32)
            let reply = try await client.post(
                "/console/sign-in", form: ["token": server.secrets["nasa-viewer"]!, "_csrf": csrf],
                cookies: ["concord_signin": pre])
            #expect(reply.status == .seeOther && reply.headers[.location] == "/console/overview", "\(reply)")
            let line = try #require(reply.setCookies["concord_session"])
            #expect(line.contains("HttpOnly") && line.contains("SameSite=Strict") && line.contains("Path=/"))
            #expect(line.contains("Max-Age=43200"))
            let secret = try #require(reply.cookieValue("concord_session"))
            #expect(secret != server.secrets["nasa-viewer"], "the session is a new secret, not the API token")

            let tokens = try await server.repository.tokens(of: "nasa-viewer", kind: .consoleSession)
            let session = try #require(tokens.first)
            #expect(tokens.count == 1 && session.label == "console session; lang=en")
            #expect(session.secretHash == APIToken.hash(secret: secret))
            #expect(!tokens.contains { $0.secretHash == secret || $0.label.contains(secret) })
            let lifetime = try #require(session.expiresAt).seconds(since: ConsoleTestServer.now)
            #expect(abs(lifetime - 43_200) < 1)

            let overview = try await client.page("/console/overview", session: secret)
            #expect(overview.status == .ok)
            #expect(overview.body.contains("NASA viewer"))
        }
    }

    @Test("A wrong token is refused with 401; a sign-in form without its CSRF cookie with 403")
    func signInRefusals() async throws {
        try await ConsoleTestServer.run { client, server in
            let form = try await client.get("/console/sign-in")
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: form.body))
            let wrong = try await client.post(
                "/console/sign-in", form: ["token": "concord_wrong", "_csrf": csrf], cookies: ["concord_signin": csrf])
            #expect(wrong.status == .unauthorized && wrong.setCookies["concord_session"] == nil)
            #expect(wrong.body.contains("This token is not valid"))
            let noCookie = try await client.post(
                "/console/sign-in", form: ["token": server.secrets["secretariat"]!, "_csrf": csrf])
            #expect(noCookie.status == .forbidden && noCookie.setCookies["concord_session"] == nil)
            let otherToken = try await client.post(
                "/console/sign-in",
                form: [
                    "token": server.secrets["secretariat"]!,
                    "_csrf": (csrf.hasPrefix("0") ? "1" : "0") + csrf.dropFirst(),
                ],
                cookies: ["concord_signin": csrf])
            #expect(otherToken.status == .forbidden)
        }
    }

    @Test("Sign-out needs the session's CSRF token, then revokes the session")
    func signOut() async throws {
        try await ConsoleTestServer.run { client, _ in
            let session = try await client.signIn("esa-operator")
            let page = try await client.page("/console/registry", session: session)
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: page.body))
            #expect(csrf == ConsoleSessions.csrfToken(forSecret: session))

            let forged = try await client.post(
                "/console/sign-out", form: ["_csrf": String(repeating: "0", count: 64)],
                cookies: ["concord_session": session])
            #expect(forged.status == .forbidden)
            #expect(try await client.page("/console/overview", session: session).status == .ok)

            let out = try await client.post(
                "/console/sign-out", form: ["_csrf": csrf], cookies: ["concord_session": session])
            #expect(out.status == .seeOther && out.headers[.location] == "/console/sign-in")
            #expect(out.setCookies["concord_session"]?.contains("Max-Age=0") == true)
            let after = try await client.page("/console/overview", session: session)
            #expect(after.status == .seeOther && after.headers[.location] == "/console/sign-in")
        }
    }

    @Test("A sign-in link works once, and an API token is never accepted as a link")
    func signInLink() async throws {
        try await ConsoleTestServer.run { client, server in
            let link = try await Console.signInLink(
                for: "jaxa-viewer", repository: server.repository, clock: server.configuration.clock)
            let first = try await client.get(link)
            #expect(first.status == .seeOther && first.headers[.location] == "/console/overview", "\(first)")
            let session = try #require(first.cookieValue("concord_session"))
            #expect(try await client.page("/console/overview", session: session).body.contains("JAXA viewer"))
            let second = try await client.get(link)
            #expect(second.status == .unauthorized && second.setCookies["concord_session"] == nil)
            let token = try await client.get("/console/sign-in/link?code=\(server.secrets["jaxa-viewer"]!)")
            #expect(token.status == .unauthorized)
        }
    }

    /// A request to the API with `secret` as its bearer token.
    static func api(_ client: ConsoleClient, _ path: String, bearer secret: String) async throws -> ConsoleClient.Reply
    {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(secret)"
        return try await client.client.execute(uri: path, method: .get, headers: headers) { response in
            ConsoleClient.Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    @Test("A session or a sign-in link is not an API token (401), and an API token is not a session (303)")
    func kindsAreNotInterchangeable() async throws {
        try await ConsoleTestServer.run { client, server in
            let token = try #require(server.secrets["nasa-viewer"])
            let me = try await Self.api(client, "/api/v1/me", bearer: token)
            #expect(me.status == .ok && me.body.contains("\"nasa-viewer\""), "\(me)")

            let session = try await client.signIn("nasa-viewer")
            #expect(try await client.page("/console/data", session: session).status == .ok)
            for path in ["/api/v1/me", "/api/v1/tokens", "/api/v1/spacecraft"] {
                let refused = try await Self.api(client, path, bearer: session)
                #expect(refused.status == .unauthorized, "\(path) with a session: \(refused)")
                #expect(refused.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            let link = try await Console.signInLink(
                for: "nasa-viewer", repository: server.repository, clock: server.configuration.clock)
            let code = String(try #require(link.split(separator: "=").last))
            #expect(try await Self.api(client, "/api/v1/me", bearer: code).status == .unauthorized)

            // The API token as the session cookie, on every page: back to sign-in.
            for path in Self.pages {
                let reply = try await client.page(path, session: token)
                #expect(
                    reply.status == .seeOther && reply.headers[.location] == "/console/sign-in", "\(path): \(reply)")
            }
            // Nor does a link's code work as a cookie; it still works once as a link.
            #expect(try await client.page("/console/overview", session: code).status == .seeOther)
            let opened = try await client.get(link)
            #expect(opened.status == .seeOther && opened.headers[.location] == "/console/overview", "\(opened)")

            // Sign-in takes API tokens only: a session's secret is refused like a wrong token.
            let form = try await client.get("/console/sign-in")
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: form.body))
            let withSession = try await client.post(
                "/console/sign-in", form: ["token": session, "_csrf": csrf], cookies: ["concord_signin": csrf])
            #expect(withSession.status == .unauthorized && withSession.setCookies["concord_session"] == nil)
        }
    }

    @Test("The API lists and revokes API tokens only; signing out revokes the session alone")
    func apiTokenListLeavesSessionsOut() async throws {
        try await ConsoleTestServer.run { client, server in
            let session = try await client.signIn("esa-operator")
            let sessions = try await server.repository.tokens(of: "esa-operator", kind: .consoleSession)
            #expect(sessions.count == 1)
            let list = try await client.api(.get, "/api/v1/tokens", as: "esa-operator")
            #expect(list.status == .ok)
            #expect(list.body.contains("test token of esa-operator"))
            #expect(!list.body.contains("console session") && !list.body.contains(sessions[0].id), "\(list)")
            let delete = try await client.api(.delete, "/api/v1/tokens/\(sessions[0].id)", as: "esa-operator")
            #expect(delete.status == .notFound, "a session is not an API token: \(delete)")
            #expect(try await client.page("/console/overview", session: session).status == .ok)

            let page = try await client.page("/console/overview", session: session)
            let csrf = try #require(ConsoleClient.hiddenField("_csrf", in: page.body))
            let out = try await client.post(
                "/console/sign-out", form: ["_csrf": csrf], cookies: ["concord_session": session])
            #expect(out.status == .seeOther)
            let after = try await server.repository.tokens(of: "esa-operator", kind: .consoleSession)
            #expect(after.first?.revokedAt == ConsoleTestServer.now)
            #expect(try await client.page("/console/overview", session: session).status == .seeOther)
            #expect(
                try await client.api(.get, "/api/v1/me", as: "esa-operator").status == .ok, "the API token lives on")
        }
    }
}
