import Foundation
import Storage

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The HTTP side of `concord data`: the server's URL, the token from `CONCORD_TOKEN`, small
/// JSON requests over `URLSession`, and the content transfers (`DataClient+Transfer`, over
/// AsyncHTTPClient) whose bodies go from and to files, so that no product is held in memory.
struct DataClient: Sendable {
    /// The server's base URL, e.g. `http://127.0.0.1:8080`.
    let server: URL
    /// The bearer token.
    let token: String

    /// The client for `--server`, with the token of `CONCORD_TOKEN`.
    init(server text: String) throws {
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        else {
            throw CommandError(.invalidContent, "--server: '\(text)' is not an http:// or https:// URL")
        }
        guard let token = ProcessInfo.processInfo.environment["CONCORD_TOKEN"], !token.isEmpty else {
            throw CommandError(.invalidContent, "set CONCORD_TOKEN to an API token (concord admin create-token)")
        }
        self.server = url
        self.token = token
    }

    /// A request to `path` (with `query`) on the server.
    func request(_ method: String, _ path: String, query: [URLQueryItem] = []) -> URLRequest {
        var components = URLComponents(url: server.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        if !query.isEmpty { components.queryItems = query }
        var request = URLRequest(url: components.url!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.timeoutInterval = 3600
        return request
    }

    /// Sends `request` with a small body (or none) and returns the answer's bytes, throwing the
    /// server's problem for a status ≥ 400.
    func send(_ request: URLRequest, body: Data? = nil) async throws -> (Data, HTTPURLResponse) {
        let (data, response): (Data, URLResponse)
        if let body {
            (data, response) = try await URLSession.shared.upload(for: request, from: body)
        } else {
            (data, response) = try await URLSession.shared.data(for: request)
        }
        let http = try Self.checked(response, body: data)
        return (data, http)
    }

    /// The HTTP response, or the server's problem (`status: detail (field)`) as an error.
    static func checked(_ response: URLResponse, body: Data) throws -> HTTPURLResponse {
        guard let http = response as? HTTPURLResponse else {
            throw CommandError(.invalidContent, "the server's answer is not HTTP")
        }
        try checked(status: http.statusCode, body: body)
        return http
    }

    /// Throws the server's problem (`status: detail (field)`) for a status ≥ 400.
    static func checked(status: Int, body: Data) throws {
        guard status < 400 else {
            let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
            let detail = object?["detail"] as? String ?? String(decoding: body.prefix(300), as: UTF8.self)
            let field = (object?["field"] as? String).map { " (field \($0))" } ?? ""
            throw CommandError(.invalidContent, "the server answered \(status): \(detail)\(field)")
        }
    }
}
