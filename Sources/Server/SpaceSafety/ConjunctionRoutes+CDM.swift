import Consortium
import Hummingbird
import Screening
import SpaceSafety

extension ConjunctionRoutes {
    /// `GET /api/v1/conjunctions/{id}/cdm`: the CDM of the event's latest observation, written
    /// now for the caller's partner (`MESSAGE_FOR`), as an attachment named by its message id.
    @Sendable static func cdm(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: ["format"])
        let xml: Bool
        switch query["format"] {
        case "xml": xml = true
        case "kvn": xml = false
        case nil: xml = wantsXML(request.request.headers[.accept])
        case let other?: throw Problem.badQuery("format", "'\(other.prefix(16))' is not kvn or xml")
        }
        let event = try await visibleEvent(request, principal)
        let message = event.cdm(
            originator: originator, creationDate: request.services.configuration.clock.now(),
            messageFor: principal.isConsortiumAdmin ? nil : principal.partner.rawValue.uppercased())
        let text = xml ? message.xml() : message.kvn()
        var headers = HTTPFields()
        headers[.contentType] = xml ? "application/xml" : "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(message.header.messageID).\(xml ? "xml" : "cdm")\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Whether an `Accept` header prefers XML (`application/xml` or `text/xml` listed, and no
    /// `text/plain` before it).
    static func wantsXML(_ accept: String?) -> Bool {
        guard let accept = accept?.lowercased() else { return false }
        let types = accept.split(separator: ",").map {
            $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        guard let xml = types.firstIndex(where: { $0 == "application/xml" || $0 == "text/xml" }) else { return false }
        let plain = types.firstIndex(of: "text/plain") ?? types.endIndex
        return xml < plain
    }
}
