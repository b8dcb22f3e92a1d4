import Hummingbird
import NIOCore

/// The request context of the Concord server: Hummingbird's core storage and the connection.
///
/// The principal is not stored here: routes authenticate in `RouteRequest`, after the router has
/// matched them, so that public routes never read the `Authorization` header. The channel is kept
/// for the one interim answer the server writes itself: `100 Continue` to an upload that asked
/// for it, once its headers are accepted (`ContinueExpectation`).
public struct APIRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    let channel: any Channel

    /// Creates the context of a request.
    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
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
