import Consortium
import Foundation
import GroundNetwork
import Hummingbird
import Orbits
import Scheduling
import Storage

/// `/api/v1/schedule-requests`: a partner's mission planners ask the shared network for contact
/// time for the partner's own spacecraft.
///
/// - `POST`: operators and administrators of the spacecraft's owner (and consortium
///   administrators); a spacecraft the caller cannot see is a 404, one it sees but does not own
///   a 403. The request's partner is the spacecraft's owner.
/// - `GET`: a partner's users list its own requests; consortium administrators every request.
/// - `DELETE /{id}`: operators and administrators of the request's partner, consortium
///   administrators; another partner's request is a 404.
enum ScheduleRequestRoutes {
    static let collectionPath = "/api/v1/schedule-requests"
    static let itemPath = "/api/v1/schedule-requests/{id}"
    static let filters = ["partner", "spacecraft", "from", "to"]

    /// The routes.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .post, path: collectionPath, operationID: "createScheduleRequest",
                    summary: "Ask the shared network for contacts of one of your partner's spacecraft.",
                    tag: "scheduling", access: .authenticated, requestBody: .reference("ScheduleRequestBody"),
                    replies: [
                        .init(
                            status: 201, description: "Stored.", schema: .reference("ScheduleRequest"),
                            headers: ["Location"])
                    ],
                    problems: [
                        .malformedBody, .unknownField, .unauthenticated, .forbidden, .notFound, .conflict,
                        .payloadTooLarge, .unsupportedMediaType, .validation, .missingReference,
                    ]),
                handler: create),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: collectionPath, operationID: "listScheduleRequests",
                    summary: "List your partner's schedule requests (every partner's for consortium administrators).",
                    tag: "scheduling", access: .authenticated,
                    query: [
                        .init(
                            name: "partner", location: .query, description: "Only this partner's.",
                            schema: Schemas.identifier),
                        .init(
                            name: "spacecraft", location: .query, description: "Only this spacecraft's.",
                            schema: Schemas.identifier),
                        .init(
                            name: "from", location: .query, description: "Only windows ending after this instant.",
                            schema: Schemas.instant),
                        .init(
                            name: "to", location: .query, description: "Only windows starting before this instant.",
                            schema: Schemas.instant),
                    ] + ScheduleRoutes.pagingParameters,
                    replies: [.init(status: 200, description: "One page.", schema: .reference("ScheduleRequestPage"))],
                    problems: [.invalidQuery, .unauthenticated]),
                handler: list),
            APIRoute(
                description: RouteDescription(
                    method: .delete, path: itemPath, operationID: "deleteScheduleRequest",
                    summary: "Withdraw a schedule request (schedules already computed keep it in their problem).",
                    tag: "scheduling", access: .authenticated,
                    replies: [.init(status: 204, description: "Withdrawn.", schema: nil)],
                    problems: [.unauthenticated, .forbidden, .notFound]),
                handler: delete),
        ]
    }

    @Sendable static func create(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let body = try await request.decodeBody(ScheduleRequestBody.self)
        let services = request.services
        let policy = try await services.access.accessPolicy()
        let craft = try await EntityRoutes<Spacecraft>.readable(
            body.spacecraft, by: principal, policy: policy, services: services)
        let owner = craft.value.owner
        guard principal.isConsortiumAdmin || (principal.partner == owner && principal.role.includes(.operator)) else {
            throw Problem.forbidden(
                "schedule requests for '\(owner)''s spacecraft are made by its operators and administrators; "
                    + "you are \(principal.role.rawValue) of '\(principal.partner)'")
        }
        if let mission = body.mission {
            guard let stored = try await services.repository.get(Mission.self, id: mission),
                policy.mayRead(stored.value, by: principal)
            else {
                throw Problem(.missingReference, detail: "no mission '\(mission)'", field: "mission")
            }
        }
        let scheduleRequest = ScheduleRequest(
            id: body.id ?? generatedID(), partner: owner, spacecraft: body.spacecraft, mission: body.mission,
            window: body.window, contacts: body.contacts, totalSeconds: body.totalSeconds,
            minContactSeconds: body.minContactSeconds, maxContactSeconds: body.maxContactSeconds,
            placement: body.placement ?? .flexible, priority: body.priority ?? .routine, note: body.note)
        let stored = try await services.repository.createScheduleRequest(
            scheduleRequest, by: principal.user, at: services.configuration.clock.now())
        var headers = HTTPFields()
        headers[.location] = "\(collectionPath)/\(scheduleRequest.id)"
        return .json(try services.encoder.encode(ScheduleRequestItem(stored)), status: .created, headers: headers)
    }

    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: Set(filters + ["limit", "after"]))
        let page = try EntityRoutes<Partner>.pageRequest(limit: query["limit"], after: query["after"])
        var partners: Set<Partner.ID>? = principal.isConsortiumAdmin ? nil : [principal.partner]
        if let text = query["partner"] {
            let partner = try identifier(Partner.self, text, parameter: "partner")
            partners = partners.map { $0.intersection([partner]) } ?? [partner]
        }
        let spacecraft = try query["spacecraft"].map { text throws(Problem) in
            try identifier(Spacecraft.self, text, parameter: "spacecraft")
        }
        let from = try query["from"].map { text throws(Problem) in try instant(text, parameter: "from") }
        let to = try query["to"].map { text throws(Problem) in try instant(text, parameter: "to") }
        var span: TimeSpan?
        if from != nil || to != nil {
            span = TimeSpan(
                start: from ?? (try! Instant(iso8601: "1957-10-04T00:00:00Z")),
                end: to ?? (try! Instant(iso8601: "2200-01-01T00:00:00Z")))
        }
        let result = try await request.services.repository.scheduleRequests(
            partners: partners, spacecraft: spacecraft, overlapping: span, page: page)
        let body = ItemPage(items: result.items.map(ScheduleRequestItem.init), nextCursor: result.nextCursor)
        return .json(try request.services.encoder.encode(body))
    }

    @Sendable static func delete(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let text = request.parameter("id")
        guard let id = ScheduleRequest.ID(rawValue: text) else { throw Problem.notFound("schedule request", id: text) }
        let partners: Set<Partner.ID>? = principal.isConsortiumAdmin ? nil : [principal.partner]
        if !principal.isConsortiumAdmin && !principal.role.includes(.operator) {
            throw Problem.forbidden(
                "schedule requests are withdrawn by their partner's operators and administrators; "
                    + "you are \(principal.role.rawValue) of '\(principal.partner)'")
        }
        do {
            try await request.services.repository.deleteScheduleRequest(id: id, partners: partners)
        } catch {
            guard error.code == .notFound else { throw Problem(error) }
            throw Problem.notFound("schedule request", id: text)
        }
        return .noContent
    }

    /// A fresh request id, `req-` and 16 hex digits.
    static func generatedID() -> ScheduleRequest.ID {
        ScheduleRequest.ID(rawValue: "req-" + randomHex())!
    }

    /// 16 random hex digits.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<8).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
        .joined()
    }

    /// A query parameter as an id of `E`; 400 naming it otherwise.
    static func identifier<E>(_ type: E.Type, _ text: String, parameter: String) throws(Problem) -> Identifier<E> {
        guard let id = Identifier<E>(rawValue: text) else {
            throw Problem.badQuery(parameter, "'\(text.prefix(64))' is not an id")
        }
        return id
    }

    /// A query parameter as an instant; 400 naming it otherwise.
    static func instant(_ text: String, parameter: String) throws(Problem) -> Instant {
        do {
            return try Instant(iso8601: text)
        } catch {
            throw Problem.badQuery(parameter, "'\(text.prefix(64))' is not an ISO-8601 UTC instant")
        }
    }
}
