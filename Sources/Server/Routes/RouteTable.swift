import Consortium
import Hummingbird

/// The one list of the server's routes: it registers the router and writes the OpenAPI document.
enum RouteTable {
    /// Every route but the OpenAPI document's own (which serves the document made from the others).
    static var routes: [APIRoute] {
        EntityRoutes<Partner>.routes + EntityRoutes<Agreement>.routes + EntityRoutes<Mission>.routes
            + EntityRoutes<Spacecraft>.routes + EntityRoutes<Station>.routes + EntityRoutes<User>.routes
            + WithdrawalRoutes.routes + TokenRoutes.routes + ScheduleRequestRoutes.routes + ScheduleRoutes.routes
            + ScreeningRoutes.routes + ConjunctionRoutes.routes
            + ProductRoutes.routes + [SystemRoutes.health, SystemRoutes.metrics]
    }

    /// Every route, the OpenAPI document's included, with the document's JSON.
    static func routesWithDocument() throws -> (routes: [APIRoute], document: [UInt8]) {
        let base = routes
        let document = try OpenAPIDocument(routes: base.map(\.description) + [SystemRoutes.openAPIDescription])
            .encoded()
        return (base + [SystemRoutes.openAPI(document: document)], document)
    }

    /// Registers `routes` on `router`: each handler runs after its route's access check.
    static func register(_ routes: [APIRoute], on router: Router<APIRequestContext>, services: Services) {
        for route in routes {
            router.on(RouterPath(route.description.path), method: route.description.method) { request, context in
                let principal: Principal?
                switch route.description.access {
                case .open:
                    principal = nil
                case .authenticated:
                    principal = try await services.access.authenticate(request)
                case .consortiumAdmin:
                    let caller = try await services.access.authenticate(request)
                    guard caller.isConsortiumAdmin else {
                        throw Problem.forbidden(
                            "only consortium administrators may read \(route.description.path); "
                                + "you are \(caller.role.rawValue) of '\(caller.partner)'")
                    }
                    principal = caller
                }
                var routeRequest = RouteRequest(
                    request: request, context: context, principal: principal, services: services)
                return try await route.handler(&routeRequest)
            }
        }
    }
}
