import Consortium
import Foundation
import GroundNetwork
import Hummingbird
import Orbits
import Scheduling
import Storage

/// `/api/v1/schedules`: run the scheduler over the registry for a span, publish the result, and
/// read it.
///
/// Who may run and publish: consortium administrators, and the partner administrators of the
/// parties that contribute stations to the agreement's pool (the network's managers). A
/// schedule is a draft until published: drafts are seen by consortium administrators and the
/// managers' administrators; published schedules by every user of every party. Each sees its
/// own partner's contacts in full and the others' only as occupancy (`PartnerScheduleView`).
enum ScheduleRoutes {
    static let collectionPath = "/api/v1/schedules"
    static let itemPath = "/api/v1/schedules/{id}"
    static let publishPath = "/api/v1/schedules/{id}/publish"

    /// The longest span the API schedules at once, days (the builder allows 31).
    static let maximumSpanDays = 7.0
    /// The solver's time limit when none is given, and the most that may be asked, seconds.
    static let defaultTimeLimitSeconds = 10.0
    static let maximumTimeLimitSeconds = 60.0

    /// `limit` and `after`.
    static let pagingParameters: [RouteDescription.Parameter] = [
        .init(
            name: "limit", location: .query,
            description: "Page size, 1...\(PageRequest.maximumLimit) (default \(PageRequest.defaultLimit)).",
            schema: .integer(minimum: 1, maximum: PageRequest.maximumLimit)),
        .init(name: "after", location: .query, description: "The `nextCursor` of the previous page."),
    ]

    /// The routes.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .post, path: collectionPath, operationID: "runSchedule",
                    summary: "Schedule the pooled network for a span (synchronous, bounded by timeLimitSeconds).",
                    tag: "scheduling", access: .authenticated, requestBody: .reference("ScheduleRunBody"),
                    replies: [
                        .init(
                            status: 201, description: "The draft schedule, as you may see it.",
                            schema: .reference("ScheduleDetail"), headers: ["Location"])
                    ],
                    problems: [
                        .malformedBody, .unknownField, .unauthenticated, .forbidden, .notFound, .conflict,
                        .payloadTooLarge, .unsupportedMediaType, .validation,
                    ]),
                handler: run),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: collectionPath, operationID: "listSchedules",
                    summary: "List the schedules you may see (published ones of your agreements; drafts for managers).",
                    tag: "scheduling", access: .authenticated,
                    query: [
                        .init(
                            name: "agreement", location: .query, description: "Only this agreement's.",
                            schema: Schemas.identifier),
                        .init(
                            name: "status", location: .query, description: "Only drafts or only published ones.",
                            schema: Schemas.values(ScheduleRecord.Status.self)),
                    ] + pagingParameters,
                    replies: [.init(status: 200, description: "One page.", schema: .reference("SchedulePage"))],
                    problems: [.invalidQuery, .unauthenticated]),
                handler: list),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: itemPath, operationID: "getSchedule",
                    summary: "A schedule: your contacts in full, the other partners' as occupancy only.",
                    tag: "scheduling", access: .authenticated,
                    replies: [.init(status: 200, description: "The schedule.", schema: .reference("ScheduleDetail"))],
                    problems: [.unauthenticated, .notFound]),
                handler: get),
            APIRoute(
                description: RouteDescription(
                    method: .post, path: publishPath, operationID: "publishSchedule",
                    summary: "Publish a draft schedule to every party of its agreement.", tag: "scheduling",
                    access: .authenticated,
                    replies: [.init(status: 200, description: "Published.", schema: .reference("ScheduleSummary"))],
                    problems: [.unauthenticated, .forbidden, .notFound, .conflict]),
                handler: publish),
        ]
    }

    /// The schedules `principal` may read.
    static func scope(of principal: Principal) -> ScheduleScope {
        principal.isConsortiumAdmin
            ? .all : .partner(principal.partner, drafts: principal.role.includes(.partnerAdmin))
    }

    /// Whether `principal` may run and publish schedules of a pool managed by `managers`.
    static func mayManage(_ managers: some Sequence<Partner.ID>, by principal: Principal) -> Bool {
        principal.isConsortiumAdmin
            || (principal.role.includes(.partnerAdmin) && managers.contains(principal.partner))
    }

    /// The 403 for a principal who may not manage the pool of `agreement`.
    static func notManager(_ agreement: Agreement.ID, _ principal: Principal) -> Problem {
        Problem.forbidden(
            "schedules of '\(agreement)' are run and published by consortium administrators and the "
                + "administrators of the partners that pool its stations; "
                + "you are \(principal.role.rawValue) of '\(principal.partner)'")
    }

    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: ["agreement", "status", "limit", "after"])
        let page = try EntityRoutes<Partner>.pageRequest(limit: query["limit"], after: query["after"])
        let agreement = try query["agreement"].map { text throws(Problem) in
            try ScheduleRequestRoutes.identifier(Agreement.self, text, parameter: "agreement")
        }
        let status = try query["status"].map { text throws(Problem) in
            guard let status = ScheduleRecord.Status(rawValue: text) else {
                throw Problem.badQuery("status", "'\(text.prefix(32))' is not draft or published")
            }
            return status
        }
        let result = try await request.services.repository.schedules(
            scope: scope(of: principal), agreement: agreement, status: status, page: page)
        let body = ItemPage(
            items: result.items.map { ScheduleSummary($0, for: principal) }, nextCursor: result.nextCursor)
        return .json(try request.services.encoder.encode(body))
    }

    @Sendable static func get(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = request.parameter("id")
        guard let record = try await request.services.repository.schedule(id: id, scope: scope(of: principal)) else {
            throw Problem.notFound("schedule", id: id)
        }
        return .json(try request.services.encoder.encode(try detail(of: record, for: principal)))
    }

    @Sendable static func publish(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = request.parameter("id")
        let services = request.services
        guard let record = try await services.repository.schedule(id: id, scope: scope(of: principal)) else {
            throw Problem.notFound("schedule", id: id)
        }
        guard mayManage(record.parties.filter(\.manages).map(\.partner), by: principal) else {
            throw notManager(record.agreement, principal)
        }
        let published: ScheduleRecord
        do {
            published = try await services.repository.publishSchedule(id: id, at: services.configuration.clock.now())
        } catch {
            throw Problem(error)
        }
        return .json(try services.encoder.encode(ScheduleSummary(published, for: principal)))
    }

    /// The detail of a record read with its documents, as `principal` may see it.
    static func detail(of record: ScheduleRecord, for principal: Principal) throws -> ScheduleDetail {
        guard let documents = record.documents else {
            throw Problem(.internalError, detail: "the server could not complete the request; it has been logged")
        }
        let decoder = JSONDecoder()
        let problem = try ScheduleProblem.decodeStored(Data(documents.problem.utf8))
        let schedule = try Schedule.decode(Data(documents.schedule.utf8))
        let metrics = try decoder.decode(ScheduleMetrics.self, from: Data(documents.metrics.utf8))
        let run = try decoder.decode(ScheduleRun.self, from: Data(documents.run.utf8))
        let view = PartnerScheduleView(
            schedule: schedule, problem: problem, metrics: metrics,
            for: principal.isConsortiumAdmin ? nil : principal.partner)
        return ScheduleDetail(
            schedule: ScheduleSummary(record, for: principal), view: view,
            run: ScheduleRunView(run, full: principal.isConsortiumAdmin))
    }
}

extension ScheduleProblem {
    /// A problem stored by the server, read without re-validating it (it was validated when built).
    static func decodeStored(_ data: Data) throws -> ScheduleProblem {
        try JSONDecoder().decode(ScheduleProblem.self, from: data)
    }
}
