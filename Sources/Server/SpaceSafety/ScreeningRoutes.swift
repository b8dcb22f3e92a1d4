import Consortium
import Hummingbird
import Orbits
import SpaceSafety
import Storage

/// `/api/v1/screenings`: screen the partners' fleet against the stored catalog now, and read a
/// run. Consortium administrators only (runs name every partner's spacecraft in their notes).
enum ScreeningRoutes {
    static let collectionPath = "/api/v1/screenings"
    static let itemPath = "/api/v1/screenings/{id}"

    /// The routes.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .post, path: collectionPath, operationID: "runScreening",
                    summary:
                        "Screen the partners' spacecraft against the catalog (synchronous; one run at a time).",
                    tag: "space safety", access: .consortiumAdmin, requestBody: .reference("ScreeningRunBody"),
                    replies: [
                        .init(
                            status: 201, description: "The finished run.", schema: .reference("ScreeningRun"),
                            headers: ["Location"])
                    ],
                    problems: [
                        .malformedBody, .unknownField, .unauthenticated, .forbidden, .conflict, .payloadTooLarge,
                        .unsupportedMediaType, .validation,
                    ]),
                handler: run),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: itemPath, operationID: "getScreening",
                    summary: "A screening run: its options, status, counts and SGP4 failures.",
                    tag: "space safety", access: .consortiumAdmin,
                    replies: [.init(status: 200, description: "The run.", schema: .reference("ScreeningRun"))],
                    problems: [.unauthenticated, .forbidden, .notFound]),
                handler: get),
        ]
    }

    @Sendable static func run(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let body = try await request.decodeBody(ScreeningRunBody.self)
        let services = request.services
        let options = ScreeningRunOptions(
            start: body.from ?? services.configuration.clock.now(),
            spanSeconds: (body.spanHours ?? 24) * 3600,
            thresholdKm: body.thresholdKm ?? ScreeningRunOptions.defaultThresholdKm,
            hardBodyRadiusMeters: body.hardBodyRadiusMeters ?? ScreeningRunOptions.defaultHardBodyRadiusMeters)
        let job = ScreeningJob(
            repository: services.repository, clock: services.configuration.clock, logger: services.logger)
        let run: ScreeningRunRecord
        do {
            run = try await job.run(options, trigger: .request, requestedBy: principal.user)
        } catch let error as SafetyError {
            throw Problem.invalid(error.field, error.detail)
        }
        var headers = HTTPFields()
        headers[.location] = "\(collectionPath)/\(run.id)"
        return .json(try services.encoder.encode(ScreeningRunView(run)), status: .created, headers: headers)
    }

    @Sendable static func get(_ request: inout RouteRequest) async throws -> Response {
        let id = request.parameter("id")
        guard let run = try await request.services.repository.screeningRun(id: id) else {
            throw Problem.notFound("screening run", id: id)
        }
        return .json(try request.services.encoder.encode(ScreeningRunView(run)))
    }
}
