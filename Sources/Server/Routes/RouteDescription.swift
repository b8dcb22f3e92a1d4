import Hummingbird

/// What a route is, as both the router and the OpenAPI document need it: method, path,
/// who may call it, its parameters, body and answers.
///
/// `RouteTable` holds one `APIRoute` (a description and its handler) per route; the same list
/// registers the router and writes `/api/v1/openapi.json`, so they cannot disagree.
struct RouteDescription: Sendable, Hashable {
    /// Who may call a route.
    enum Access: Sendable, Hashable {
        /// Anyone, without a token.
        case open
        /// Any valid token; what it sees and changes is then decided by the access policy.
        case authenticated
        /// A consortium administrator's token.
        case consortiumAdmin
    }

    /// A query, path or header parameter.
    struct Parameter: Sendable, Hashable {
        /// Where the parameter goes.
        enum Location: String, Sendable, Hashable { case query, path, header }
        var name: String
        var location: Location
        var description: String
        var schema: JSONSchema = .string()
        var required: Bool = false
        /// Whether the value is JSON text of `schema` (a header carrying a JSON document).
        var isJSON: Bool = false
    }

    /// A successful answer.
    struct Reply: Sendable, Hashable {
        var status: Int
        var description: String
        /// The body's schema; `nil` for an empty body.
        var schema: JSONSchema?
        var contentType: String = "application/json"
        /// Response headers set (`Location`, `ETag`).
        var headers: [String] = []
    }

    /// The HTTP method.
    var method: HTTPRequest.Method
    /// The path with `{name}` parameters, e.g. `/api/v1/partners/{id}`.
    var path: String
    /// A unique camel-case name, e.g. `listPartners`.
    var operationID: String
    /// One line saying what it does.
    var summary: String
    /// The group in the document (`partners`, `tokens`, `system`).
    var tag: String
    /// Who may call it.
    var access: Access
    /// Query and header parameters (path parameters are derived from `path`).
    var query: [Parameter] = []
    /// The schema of the JSON request body, if it takes one.
    var requestBody: JSONSchema? = nil
    /// The media type of a request body that is not JSON (the content of an upload), if any.
    var rawRequestBody: String? = nil
    /// The successful answers.
    var replies: [Reply]
    /// The problems it can answer with, besides 500.
    var problems: [ProblemKind]

    /// The names of the `{name}` parameters of the path.
    var pathParameters: [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }

    /// Whether `path` (a request path) matches this route's template, ignoring the method.
    func matches(path requestPath: String) -> Bool {
        let template = path.split(separator: "/", omittingEmptySubsequences: false)
        let actual = requestPath.split(separator: "/", omittingEmptySubsequences: false)
        guard template.count == actual.count else { return false }
        return zip(template, actual).allSatisfy { pattern, segment in
            pattern.hasPrefix("{") ? !segment.isEmpty : pattern == segment
        }
    }
}

/// A route: its description and the code that answers it.
struct APIRoute: Sendable {
    /// What the route is.
    var description: RouteDescription
    /// Answers a request that passed the route's access check.
    var handler: @Sendable (inout RouteRequest) async throws -> Response
}
