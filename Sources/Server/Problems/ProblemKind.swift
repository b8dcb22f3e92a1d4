/// A kind of problem the API reports: a stable slug (the `type` URN), the HTTP status and the
/// title, which RFC 9457 says is the same for every occurrence of the type.
public struct ProblemKind: Sendable, Hashable, CustomStringConvertible {
    /// The slug of the type URN, e.g. `not-found`.
    public let slug: String
    /// The HTTP status code.
    public let status: Int
    /// The short, fixed summary of the kind.
    public let title: String

    init(_ slug: String, _ status: Int, _ title: String) {
        self.slug = slug
        self.status = status
        self.title = title
    }

    /// The `type` member: `urn:concord:problem:<slug>`.
    public var type: String { "urn:concord:problem:\(slug)" }

    public var description: String { type }

    /// The body is not JSON, or a value has the wrong JSON type (400).
    public static let malformedBody = ProblemKind("malformed-body", 400, "Malformed request body")
    /// The body has a key that the record does not have (400): strict decoding.
    public static let unknownField = ProblemKind("unknown-field", 400, "Unknown field")
    /// A query parameter that is unknown, repeated or malformed (400).
    public static let invalidQuery = ProblemKind("invalid-query", 400, "Invalid query parameter")
    /// No credentials, or credentials that do not authenticate (401).
    public static let unauthenticated = ProblemKind("unauthenticated", 401, "Authentication required")
    /// Authenticated, but the role or ownership does not allow this (403).
    public static let forbidden = ProblemKind("forbidden", 403, "Forbidden")
    /// No such route or record, or a record the principal may not see (404).
    public static let notFound = ProblemKind("not-found", 404, "Not found")
    /// The route exists with other methods (405).
    public static let methodNotAllowed = ProblemKind("method-not-allowed", 405, "Method not allowed")
    /// The record exists already, or another write got there first (409).
    public static let conflict = ProblemKind("conflict", 409, "Conflict")
    /// The record cannot be deleted while others refer to it (409).
    public static let inUse = ProblemKind("in-use", 409, "Record in use")
    /// `If-Match` does not name the stored version (412).
    public static let versionMismatch = ProblemKind("version-mismatch", 412, "Precondition failed")
    /// The body is larger than the server accepts (413).
    public static let payloadTooLarge = ProblemKind("payload-too-large", 413, "Request body too large")
    /// The body is not `application/json` (415).
    public static let unsupportedMediaType = ProblemKind("unsupported-media-type", 415, "Unsupported media type")
    /// The record breaks a domain rule (422), `field` naming the value.
    public static let validation = ProblemKind("validation", 422, "Invalid record")
    /// A referenced record does not exist or belongs to another partner (422).
    public static let missingReference = ProblemKind("missing-reference", 422, "Unknown reference")
    /// The server failed; the detail says nothing of its internals (500).
    public static let internalError = ProblemKind("internal", 500, "Internal server error")
    /// The database does not answer (503, from `/health`).
    public static let unavailable = ProblemKind("unavailable", 503, "Service unavailable")

    /// Every kind, for the OpenAPI document.
    public static let all: [ProblemKind] = [
        malformedBody, unknownField, invalidQuery, unauthenticated, forbidden, notFound, methodNotAllowed,
        conflict, inUse, versionMismatch, payloadTooLarge, unsupportedMediaType, validation, missingReference,
        internalError, unavailable,
    ]

    /// A kind for another HTTP status raised by the framework (e.g. 408), titled by its phrase.
    static func httpStatus(_ code: Int, reason: String) -> ProblemKind {
        ProblemKind("http-\(code)", code, reason.isEmpty ? "HTTP \(code)" : reason)
    }
}
