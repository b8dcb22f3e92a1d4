import Foundation
import Hummingbird
import Testing

/// A response as the tests read it.
struct Reply: Sendable, CustomStringConvertible {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: [UInt8]

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object (empty when it is not one).
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    /// The `items` of a list body.
    var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }

    /// The ids of the `items` of a list body, in order.
    var ids: [String] { items.compactMap { $0["id"] as? String } }

    /// The `nextCursor` of a list body.
    var nextCursor: String? { object["nextCursor"] as? String }

    /// A string member of the body.
    subscript(key: String) -> String? { object[key] as? String }

    /// The problem's type slug (`not-found` of `urn:concord:problem:not-found`).
    var problemSlug: String? {
        (object["type"] as? String).map { String($0.dropFirst("urn:concord:problem:".count)) }
    }

    var description: String { "\(status.code) \(text.prefix(400))" }

    /// Checks that the reply is a problem document of `slug` with `status`, naming `field` when
    /// given, with the RFC 9457 members and content type.
    func expectProblem(
        _ status: Int, _ slug: String, field: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(self.status.code == status, "\(self)", sourceLocation: sourceLocation)
        #expect(headers[.contentType] == "application/problem+json", "\(self)", sourceLocation: sourceLocation)
        #expect(problemSlug == slug, "\(self)", sourceLocation: sourceLocation)
        #expect(object["status"] as? Int == status, "\(self)", sourceLocation: sourceLocation)
        #expect((object["title"] as? String)?.isEmpty == false, "\(self)", sourceLocation: sourceLocation)
        #expect((object["detail"] as? String)?.isEmpty == false, "\(self)", sourceLocation: sourceLocation)
        if let field {
            #expect(object["field"] as? String == field, "\(self)", sourceLocation: sourceLocation)
        }
    }
}
