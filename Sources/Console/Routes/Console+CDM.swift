import Consortium
import HTTPTypes
import Hummingbird
import Screening
import SpaceSafety
import Storage

extension Console {
    /// `GET /console/conjunctions/{id}/cdm[?format=xml]`: the CDM of an event's latest
    /// observation for the signed-in user, as `GET /api/v1/conjunctions/{id}/cdm` writes it
    /// (originator CONCORD, `MESSAGE_FOR` the viewer's partner). Events out of the viewer's
    /// scope answer 404, as ones that do not exist.
    func conjunctionCDM(_ request: Request, id: String) async throws -> Response {
        guard let current = try await sessions.current(secret: request.cookies[ConsoleSessions.sessionCookie]?.value)
        else {
            return Self.redirect(to: "\(Self.prefix)/sign-in")
        }
        let principal = current.principal
        let scope: ConjunctionScope = principal.isConsortiumAdmin ? .all : .partner(principal.partner)
        guard let event = try await repository.conjunctionEvent(id: id, scope: scope) else {
            return Response(status: .notFound)
        }
        let xml = Self.query(of: request)["format"] == "xml"
        let message = event.cdm(
            originator: "CONCORD", creationDate: configuration.clock.now(),
            messageFor: principal.isConsortiumAdmin ? nil : principal.partner.rawValue.uppercased())
        var headers = HTTPFields()
        headers[.contentType] = xml ? "application/xml" : "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(message.header.messageID).\(xml ? "xml" : "cdm")\""
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: xml ? message.xml() : message.kvn())))
    }
}
