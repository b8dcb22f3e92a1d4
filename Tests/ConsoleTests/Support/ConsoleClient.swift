import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Sends console requests: pages with a session cookie, forms as a browser posts them.
struct ConsoleClient: Sendable {
    let client: any TestClientProtocol
    let secrets: [String: String]

    /// A response as the tests read it.
    struct Reply: Sendable, CustomStringConvertible {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        /// The values of every `Set-Cookie`, by cookie name (value and attributes).
        var setCookies: [String: String] {
            var cookies: [String: String] = [:]
            for field in headers where field.name == .setCookie {
                let name = String(field.value.prefix { $0 != "=" })
                cookies[name] = field.value
            }
            return cookies
        }

        /// The value of the cookie `name` set by this response.
        func cookieValue(_ name: String) -> String? {
            guard let line = setCookies[name] else { return nil }
            return String(line.dropFirst(name.count + 1).prefix { $0 != ";" })
        }

        var description: String { "\(status.code) \(body.prefix(400))" }
    }

    /// `GET path` with `cookies` (name → value).
    func get(_ path: String, cookies: [String: String] = [:], headers extra: HTTPFields = [:]) async throws -> Reply {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        return try await client.execute(uri: path, method: .get, headers: headers) { response in
            Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// `POST path` with a form body and `cookies`.
    func post(_ path: String, form: [String: String], cookies: [String: String] = [:]) async throws -> Reply {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let body = form.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        return try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)
        ) { response in
            Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// `POST /api/v1/...` with a JSON body as `user`.
    func api(_ method: HTTPRequest.Method, _ path: String, as user: String, json: String? = nil) async throws -> Reply {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(secrets[user] ?? "")"
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(
            uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }
        ) { response in
            Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// The value of the hidden field `name` in `html`.
    static func hiddenField(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs `user` in through the form with its API token, as a browser does; returns the
    /// session cookie's value.
    func signIn(_ user: String, language: String? = nil) async throws -> String {
        let form = try await get("/console/sign-in")
        let csrf = try #require(Self.hiddenField("_csrf", in: form.body))
        var cookies = ["concord_signin": try #require(form.cookieValue("concord_signin"))]
        if let language { cookies["concord_lang"] = language }
        let reply = try await post(
            "/console/sign-in", form: ["token": secrets[user] ?? "", "_csrf": csrf], cookies: cookies)
        #expect(reply.status == .seeOther, "\(reply)")
        return try #require(reply.cookieValue("concord_session"), "no session cookie: \(reply.headers)")
    }

    /// A page as `session` sees it, in `language` when given.
    func page(_ path: String, session: String, language: String? = nil) async throws -> Reply {
        var cookies = ["concord_session": session]
        if let language { cookies["concord_lang"] = language }
        return try await get(path, cookies: cookies)
    }
}

extension ConsoleClient {
    /// Runs and publishes, as the consortium administrator, a schedule of the ground-network pool
    /// for the first three hours of the test day (2026-03-19); returns its contacts in full (the
    /// administrator's view).
    func publishDemoSchedule() async throws -> [[String: Any]] {
        let body =
            #"{"agreement":"ground-network-mou","start":"2026-03-19T00:00:00Z","end":"2026-03-19T03:00:00Z","timeLimitSeconds":1}"#
        let run = try await api(.post, "/api/v1/schedules", as: "secretariat", json: body)
        #expect(run.status == .created, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.body.utf8)) as? [String: Any])
        let id = try #require((object["schedule"] as? [String: Any])?["id"] as? String)
        let published = try await api(.post, "/api/v1/schedules/\(id)/publish", as: "secretariat")
        #expect(published.status == .ok, "\(published)")
        return try #require((object["view"] as? [String: Any])?["contacts"] as? [[String: Any]])
    }
}
