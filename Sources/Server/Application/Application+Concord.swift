import Hummingbird
import Logging
import Storage

/// The Concord HTTP server over `repository`: the JSON API under `/api/v1`, `/health`,
/// `/metrics` and the OpenAPI document, with problem+json errors and request metrics.
///
/// `concord serve` runs it with `runService()`; tests drive it with HummingbirdTesting
/// (`app.test(.router)` or `.live`). The caller owns `repository` and shuts it down.
/// `addRoutes` adds routes outside the API (the web console) to the same router, behind the
/// same metrics and error middleware, without the server depending on them.
public func makeApplication(
    repository: any Repository, configuration: ServerConfiguration, logger: Logger,
    addRoutes: (Router<APIRequestContext>) -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = makeRouter(repository: repository, configuration: configuration, logger: logger)
    addRoutes(router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Concord"),
        logger: logger)
}

/// The router of `makeApplication`, for tests that need it alone.
func makeRouter(
    repository: any Repository, configuration: ServerConfiguration, logger: Logger
) -> Router<APIRequestContext> {
    let services = Services(
        repository: repository, access: AccessCache(repository: repository, configuration: configuration),
        encoder: RecordEncoder(), configuration: configuration, logger: logger, metrics: RequestMetrics())
    let (routes, _): ([APIRoute], [UInt8])
    do {
        (routes, _) = try RouteTable.routesWithDocument()
    } catch {
        // Encoding the document's strings and numbers cannot fail; serve without it if it does.
        logger.error("could not encode the OpenAPI document", metadata: ["error": "\(error)"])
        (routes, _) = (RouteTable.routes, [])
    }
    let router = Router(context: APIRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(metrics: services.metrics))
    router.add(middleware: ProblemMiddleware(routes: routes.map(\.description)))
    RouteTable.register(routes, on: router, services: services)
    return router
}
