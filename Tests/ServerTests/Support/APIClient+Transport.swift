import HTTPTypes
import HummingbirdTesting
import NIOCore

extension APIClient {
    /// How the client reaches the server: HummingbirdTesting's client of a test setup (router
    /// mode), or a live socket whose reads wait long (`LiveServer`).
    enum Transport: Sendable {
        case framework(any TestClientProtocol)
        case live(TestClient, port: Int)

        /// The port of a live server, `nil` in router mode.
        var port: Int? {
            switch self {
            case .framework(let client): client.port
            case .live(_, let port): port
            }
        }

        /// Sends one request and returns the whole reply.
        func exchange(
            uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil
        ) async throws -> Reply {
            switch self {
            case .framework(let client):
                let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: body)
                return Reply(
                    status: response.status, headers: response.headers, body: Array(response.body.readableBytesView))
            case .live(let client, _):
                var headers = headers
                headers[.connection] = "keep-alive"
                let response = try await client.execute(
                    TestClient.Request(uri, method: method, authority: "localhost", headers: headers, body: body))
                return Reply(
                    status: response.status, headers: response.headers,
                    body: response.body.map { Array($0.readableBytesView) } ?? [])
            }
        }
    }
}
