import Foundation
import Hummingbird

/// An error answered as an RFC 9457 problem document (`application/problem+json`):
/// `{"type","title","status","detail","instance"?,"field"?}`.
///
/// Every error the API returns is one of these, whatever raised it (a broken domain rule, the
/// store, the decoder, the router); `ProblemMiddleware` turns any other error into one.
/// `type` is a URN naming the kind of problem (`urn:concord:problem:not-found`), stable for
/// clients to match on; `field` is the JSON path or query parameter at fault, when there is one.
public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem: its URN slug, HTTP status and title.
    public var kind: ProblemKind
    /// A sentence for the user saying what is wrong with this request.
    public var detail: String
    /// The JSON path (`clauses.networkShares[1].percent`) or query parameter at fault.
    public var field: String?
    /// Extra response headers (`WWW-Authenticate`, `Allow`).
    public var headers: HTTPFields

    /// Creates a problem.
    public init(_ kind: ProblemKind, detail: String, field: String? = nil, headers: HTTPFields = [:]) {
        self.kind = kind
        self.detail = detail
        self.field = field
        self.headers = headers
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status { .init(code: kind.status) }

    public var description: String {
        field.map { "\(kind.slug): \($0): \(detail)" } ?? "\(kind.slug): \(detail)"
    }

    /// The problem document as JSON bytes.
    public func document(instance: String?) -> [UInt8] {
        let body = ProblemDocument(
            type: kind.type, title: kind.title, status: kind.status, detail: detail, instance: instance, field: field)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and ints cannot fail; the fallback keeps the status honest anyway.
        return (try? Array(encoder.encode(body)))
            ?? Array(#"{"type":"about:blank","title":"Internal Server Error","status":500}"#.utf8)
    }

    /// The HTTP response carrying this problem, for the request to `instance` (a path).
    public func response(instance: String?) -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        fields[.cacheControl] = "no-store"
        return Response(
            status: status, headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: document(instance: instance))))
    }
}

/// The wire form of a problem (RFC 9457 members plus `field`).
struct ProblemDocument: Codable, Sendable, Hashable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String?
    var field: String?
}

extension Problem {
    /// 401 with `WWW-Authenticate: Bearer`, as RFC 6750 asks.
    static func unauthenticated(_ detail: String) -> Problem {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = #"Bearer realm="concord""#
        return Problem(.unauthenticated, detail: detail, headers: headers)
    }

    /// 403 naming the rule that refuses the write.
    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, detail: detail)
    }

    /// 404 for a record that does not exist or that the principal may not see (the same answer,
    /// so that a 404 does not reveal whether another partner's record exists).
    static func notFound(_ kind: String, id: String) -> Problem {
        Problem(.notFound, detail: "no \(kind) '\(id.prefix(80))'")
    }

    /// 400 for a bad query parameter, naming it.
    static func badQuery(_ parameter: String, _ detail: String) -> Problem {
        Problem(.invalidQuery, detail: detail, field: parameter)
    }

    /// 422 for a value that breaks a rule, naming the field.
    static func invalid(_ field: String, _ detail: String) -> Problem {
        Problem(.validation, detail: detail, field: field)
    }
}
