import Hummingbird
import Logging
import Storage

/// The Concord HTTP server over `repository`: the JSON API under `/api/v1`, `/health`,
/// `/metrics` and the OpenAPI document, with problem+json errors and request metrics.
///
/// `concord serve` runs it with `runService()`; tests drive it with HummingbirdTesting
/// (`app.test(.router)` or `.live`). The caller owns `repository` and shuts it down. With
/// `screenEvery`, a `ScreeningScheduleService` in the application's service group screens the
/// fleet against the catalog at that interval (the first run at start). `products` is the data
/// exchange's store (`/api/v1/products`); without it those routes answer 503. `addRoutes` adds
/// routes outside the API (the web console) to the same router, behind the same metrics and
/// error middleware, without the server depending on them. Requests the HTTP parser refuses are
/// answered with a problem document too (`ParserErrorHandler`).
public func makeApplication(
    repository: any Repository, configuration: ServerConfiguration, logger: Logger, screenEvery: Duration? = nil,
    products: ProductStore? = nil, addRoutes: (Router<APIRequestContext>) -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = makeRouter(repository: repository, configuration: configuration, logger: logger, products: products)
    addRoutes(router)
    let services = screenEvery.map {
        [ScreeningScheduleService(repository: repository, interval: $0, clock: configuration.clock, logger: logger)]
    }
    return Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ParserErrorHandler()])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Concord"),
        services: services ?? [],
        logger: logger)
}

/// The router of `makeApplication`, for tests that need it alone.
func makeRouter(
    repository: any Repository, configuration: ServerConfiguration, logger: Logger, products: ProductStore? = nil
) -> Router<APIRequestContext> {
    let services = Services(
        repository: repository, access: AccessCache(repository: repository, configuration: configuration),
        encoder: RecordEncoder(), configuration: configuration, logger: logger, metrics: RequestMetrics(),
        products: products)
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
