import Consortium
import Hummingbird
import Orbits
import SpaceSafety
import Storage

/// `/api/v1/conjunctions`: the conjunction events involving the caller's spacecraft (every
/// event for consortium administrators), their history and their CDMs.
///
/// An event of other partners is answered 404, as one that does not exist: its existence is
/// not disclosed. A partner polls for new events with `since` (an instant, or the id of the
/// last run it has seen): the events opened or seen again after it.
enum ConjunctionRoutes {
    static let collectionPath = "/api/v1/conjunctions"
    static let itemPath = "/api/v1/conjunctions/{id}"
    static let cdmPath = "/api/v1/conjunctions/{id}/cdm"
    /// `ORIGINATOR` of the CDMs.
    static let originator = "CONCORD"

    /// The routes.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .get, path: collectionPath, operationID: "listConjunctions",
                    summary: "The conjunction events involving your spacecraft, by id (latest figures).",
                    tag: "space safety", access: .authenticated,
                    query: [
                        .init(
                            name: "since", location: .query,
                            description:
                                "Only events opened or seen again after this instant (ISO 8601) or run (`scr-…`).",
                            schema: .string()),
                        .init(
                            name: "minPc", location: .query,
                            description: "Only events whose maximum Pc is at least this (0…1).",
                            schema: .number(minimum: 0, maximum: 1)),
                        .init(
                            name: "maxMissKm", location: .query,
                            description: "Only events whose miss distance is at most this, km.",
                            schema: .number(minimum: 0)),
                    ] + ScheduleRoutes.pagingParameters,
                    replies: [.init(status: 200, description: "One page.", schema: .reference("ConjunctionPage"))],
                    problems: [.invalidQuery, .unauthenticated]),
                handler: list),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: itemPath, operationID: "getConjunction",
                    summary: "A conjunction event with the history of every run that saw it.",
                    tag: "space safety", access: .authenticated,
                    replies: [
                        .init(status: 200, description: "The event.", schema: .reference("ConjunctionEvent"))
                    ],
                    problems: [.unauthenticated, .notFound]),
                handler: get),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: cdmPath, operationID: "getConjunctionCDM",
                    summary:
                        "The event's CCSDS CDM (508.0-B-1): KVN, or NDM/XML with `Accept: application/xml` or `?format=xml`.",
                    tag: "space safety", access: .authenticated,
                    query: [
                        .init(
                            name: "format", location: .query, description: "`kvn` (default) or `xml`.",
                            schema: .string(values: ["kvn", "xml"]))
                    ],
                    replies: [
                        .init(
                            status: 200, description: "The CDM as KVN (`application/xml` when XML is asked for).",
                            schema: .string(), contentType: "text/plain")
                    ],
                    problems: [.invalidQuery, .unauthenticated, .notFound]),
                handler: cdm),
        ]
    }

    /// The events `principal` may read.
    static func scope(of principal: Principal) -> ConjunctionScope {
        principal.isConsortiumAdmin ? .all : .partner(principal.partner)
    }

    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: ["since", "minPc", "maxMissKm", "limit", "after"])
        let page = try EntityRoutes<Partner>.pageRequest(limit: query["limit"], after: query["after"])
        var filter = ConjunctionFilter()
        if let since = query["since"] {
            filter.updatedAfter = try await instant(since: since, services: request.services)
        }
        filter.minimumPc = try number(query["minPc"], name: "minPc", in: 0...1)
        filter.maximumMissKm = try number(query["maxMissKm"], name: "maxMissKm", in: 0...Double.greatestFiniteMagnitude)
        let result = try await request.services.repository.conjunctionEvents(
            scope: scope(of: principal), filter: filter, page: page)
        let body = ItemPage(
            items: result.items.map { ConjunctionEventView($0, for: principal, withHistory: false) },
            nextCursor: result.nextCursor)
        return .json(try request.services.encoder.encode(body))
    }

    @Sendable static func get(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let event = try await visibleEvent(request, principal)
        return .json(try request.services.encoder.encode(ConjunctionEventView(event, for: principal, withHistory: true)))
    }

    /// The event of the path, if `principal` may see it; 404 otherwise (never 403).
    static func visibleEvent(_ request: RouteRequest, _ principal: Principal) async throws -> ConjunctionEventRecord {
        let id = request.parameter("id")
        guard let event = try await request.services.repository.conjunctionEvent(id: id, scope: scope(of: principal))
        else {
            throw Problem.notFound("conjunction event", id: id)
        }
        return event
    }

    /// The instant of `since`: an ISO 8601 instant, or a run's start.
    static func instant(since text: String, services: Services) async throws -> Instant {
        if text.hasPrefix("scr-") {
            guard let run = try await services.repository.screeningRun(id: text) else {
                throw Problem.badQuery("since", "no screening run '\(text.prefix(40))'")
            }
            return run.createdAt
        }
        guard let instant = try? Instant(iso8601: text) else {
            throw Problem.badQuery("since", "'\(text.prefix(40))' is neither an ISO 8601 instant nor a run id")
        }
        return instant
    }

    /// A number query parameter within `range`, or nil when absent.
    static func number(_ text: String?, name: String, in range: ClosedRange<Double>) throws(Problem) -> Double? {
        guard let text else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw Problem.badQuery(name, "'\(text.prefix(32))' is not a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }
}
