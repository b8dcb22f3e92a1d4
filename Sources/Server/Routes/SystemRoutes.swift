import Hummingbird
import Storage

/// `/health`, `/metrics` and `/api/v1/openapi.json`.
enum SystemRoutes {
    /// The path of the OpenAPI document.
    static let openAPIPath = "/api/v1/openapi.json"

    /// `GET /health` (open): 200 when the database answers a cheap query, 503 otherwise.
    static let health = APIRoute(
        description: RouteDescription(
            method: .get, path: "/health", operationID: "getHealth",
            summary: "Whether the server and its database answer (no token needed).", tag: "system", access: .open,
            replies: [.init(status: 200, description: "Healthy.", schema: .reference("Health"))],
            problems: [.unavailable]),
        handler: { request in
            do {
                _ = try await request.services.repository.generation()
            } catch {
                request.services.logger.error("health check failed", metadata: ["error": "\(error)"])
                throw Problem(.unavailable, detail: "the database does not answer")
            }
            return .json(try request.services.encoder.encode(HealthBody(status: "ok", database: "ok")))
        })

    /// `GET /metrics` (consortium administrators): the Prometheus text exposition.
    static let metrics = APIRoute(
        description: RouteDescription(
            method: .get, path: "/metrics", operationID: "getMetrics",
            summary: "Request counts and latencies by route and status, in the Prometheus text format.",
            tag: "system", access: .consortiumAdmin,
            replies: [
                .init(
                    status: 200, description: "The metrics.", schema: .string(),
                    contentType: "text/plain; version=0.0.4")
            ],
            problems: [.unauthenticated, .forbidden]),
        handler: { request in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            headers[.cacheControl] = "no-store"
            let body = ByteBuffer(bytes: request.services.metrics.exposition())
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
        })

    /// The description of `GET /api/v1/openapi.json` (open).
    static let openAPIDescription = RouteDescription(
        method: .get, path: openAPIPath, operationID: "getOpenAPI",
        summary: "This API's OpenAPI 3.1 document (no token needed).", tag: "system", access: .open,
        replies: [.init(status: 200, description: "The document.", schema: .anyObject)], problems: [])

    /// The route serving `document` (JSON bytes).
    static func openAPI(document: [UInt8]) -> APIRoute {
        let buffer = ByteBuffer(bytes: document)
        return APIRoute(description: openAPIDescription) { _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: buffer))
        }
    }
}
