import Hummingbird

/// Times every request and counts it by route template, method and status in `RequestMetrics`.
///
/// It sits outside `ProblemMiddleware`, so errors arrive here as the problem responses the
/// client receives and are counted with their real status.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    /// Where the counts go.
    let metrics: RequestMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await next(request, context)
            metrics.record(
                route: context.routeTemplate ?? "unmatched", method: request.method.rawValue,
                status: response.status.code, duration: clock.now - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.record(
                route: context.routeTemplate ?? "unmatched", method: request.method.rawValue, status: status,
                duration: clock.now - start)
            throw error
        }
    }
}
