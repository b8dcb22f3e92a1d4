import Consortium
import Foundation
import Hummingbird
import Storage

/// A request as a handler sees it: the HTTP request, the authenticated principal (for routes
/// that need one), the shared services, and the checks every handler uses.
struct RouteRequest {
    /// The HTTP request; its body is read once, by `jsonBody()`.
    var request: Request
    /// Hummingbird's context (path parameters, logger).
    let context: APIRequestContext
    /// Who is asking; `nil` only on open routes.
    let principal: Principal?
    /// The store, caches and configuration.
    let services: Services

    /// The authenticated principal (open routes have none; they do not call this).
    var caller: Principal {
        get throws(Problem) {
            guard let principal else { throw Problem.unauthenticated("this route needs a token") }
            return principal
        }
    }

    /// The path parameter `name` (present by construction of the route).
    func parameter(_ name: String) -> String {
        context.parameters.get(name) ?? ""
    }

    /// The `{id}` of the path as an id of `E`; a malformed id cannot name a record, so 404.
    func id<E: Entity>(_ type: E.Type) throws(Problem) -> E.ID {
        let text = parameter("id")
        guard let id = E.ID(rawValue: text) else { throw Problem.notFound(E.kind.rawValue, id: text) }
        return id
    }

    /// The query parameters, each allowed once; an unknown or repeated one is a 400 naming it.
    func query(allowed: Set<String>) throws(Problem) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw Problem.badQuery(
                    String(name.prefix(64)),
                    "unknown query parameter '\(name.prefix(64))'" + (known.isEmpty ? "" : "; known: \(known)"))
            }
            guard result.updateValue(String(value), forKey: name) == nil else {
                throw Problem.badQuery(name, "the query parameter '\(name)' is given more than once")
            }
        }
        return result
    }

    /// The request body, which must be JSON (`application/json` or `application/*+json`, else 415)
    /// of at most `maximumBodyBytes` (else 413, refused from `Content-Length` before reading).
    mutating func jsonBody() async throws -> [UInt8] {
        let mediaType =
            request.headers[.contentType]?
            .split(separator: ";", maxSplits: 1).first?
            .trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
        else {
            let given = mediaType.isEmpty ? "no Content-Type" : "Content-Type '\(mediaType.prefix(80))'"
            throw Problem(.unsupportedMediaType, detail: "the body must be application/json, not \(given)")
        }
        let limit = services.configuration.maximumBodyBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw Self.tooLarge(limit)
        }
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Self.tooLarge(limit)
        }
    }

    /// The body decoded strictly as `T` (unknown keys refused, `readOnly` paths ignored).
    mutating func decodeBody<T: Codable>(_ type: T.Type, readOnly: Set<String> = []) async throws -> T {
        let bytes = try await jsonBody()
        return try StrictJSONDecoder(readOnlyPaths: readOnly).decode(T.self, from: bytes)
    }

    /// The 413 problem for a body over `limit` bytes.
    static func tooLarge(_ limit: Int) -> Problem {
        Problem(.payloadTooLarge, detail: "the body is larger than \(limit) bytes")
    }
}
