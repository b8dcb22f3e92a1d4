import Foundation
import Storage

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The HTTP side of `concord data`: the server's URL, the token from `CONCORD_TOKEN`, and
/// requests whose bodies go from and to files (`URLSession` upload-from-file and
/// download-to-file), so that no product is held in memory.
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

    /// Uploads the file at `path` as the body of `request`.
    func upload(_ request: URLRequest, file path: String) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await URLSession.shared.upload(for: request, fromFile: URL(fileURLWithPath: path))
        return (data, try Self.checked(response, body: data))
    }

    /// Downloads the answer of `request` to a temporary file and returns its URL.
    func download(_ request: URLRequest) async throws -> (URL, HTTPURLResponse) {
        let (file, response) = try await URLSession.shared.download(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw CommandError(.invalidContent, "the server's answer is not HTTP")
        }
        if http.statusCode >= 400 {
            let data = (try? Data(contentsOf: file)) ?? Data()
            try? FileManager.default.removeItem(at: file)
            _ = try Self.checked(response, body: data)
        }
        return (file, http)
    }

    /// The HTTP response, or the server's problem (`status: detail (field)`) as an error.
    static func checked(_ response: URLResponse, body: Data) throws -> HTTPURLResponse {
        guard let http = response as? HTTPURLResponse else {
            throw CommandError(.invalidContent, "the server's answer is not HTTP")
        }
        guard http.statusCode < 400 else {
            let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
            let detail = object?["detail"] as? String ?? String(decoding: body.prefix(300), as: UTF8.self)
            let field = (object?["field"] as? String).map { " (field \($0))" } ?? ""
            throw CommandError(.invalidContent, "the server answered \(http.statusCode): \(detail)\(field)")
        }
        return http
    }
}
