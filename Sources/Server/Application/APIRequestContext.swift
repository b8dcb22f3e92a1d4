import Hummingbird

/// The request context of the Concord server: Hummingbird's core storage only.
///
/// The principal is not stored here: routes authenticate in `RouteRequest`, after the router has
/// matched them, so that public routes never read the `Authorization` header.
public struct APIRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage

    /// Creates the context of a request.
    public init(source: Source) {
        self.coreContext = .init(source: source)
    }
}

extension APIRequestContext {
    /// The template of the route the router matched (`/api/v1/partners/{id}`), or `nil` when it
    /// matched none (Hummingbird then records the endpoint as `NotFound`).
    var routeTemplate: String? {
        guard let path = endpointPath, path.hasPrefix("/") else { return nil }
        return path
    }
}
