import Consortium
import Hummingbird
import Logging
import Storage

/// Turns every error into a `application/problem+json` response.
///
/// `Problem`s pass as they are; store, domain and decoding errors are mapped (`Problem(_:)`);
/// Hummingbird's own errors keep their status. A request the router matched no route for is a
/// 404, or a 405 with `Allow` when the path exists with other methods. Anything else is a 500
/// whose cause is logged with the request id and never sent to the client.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    /// The routes, to tell 404 from 405.
    let routes: [RouteDescription]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = problem(for: error, request: request, context: context)
            if problem.isServerFailure {
                context.logger.error(
                    "request failed",
                    metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            return problem.response(instance: request.uri.path)
        }
    }

    /// The problem for `error`.
    func problem(for error: any Error, request: Request, context: Context) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as StorageError:
            return Problem(error)
        case let error as DomainError:
            return Problem(error)
        case let error as DecodingError:
            return Problem(error)
        case let error as any HTTPResponseError:
            if error.status == .notFound, context.routeTemplate == nil {
                return unrouted(request)
            }
            if error.status == .contentTooLarge {
                return Problem(.payloadTooLarge, detail: "the body is too large")
            }
            let kind = ProblemKind.httpStatus(error.status.code, reason: error.status.reasonPhrase)
            let detail = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            return Problem(kind, detail: detail)
        default:
            return Problem(.internalError, detail: "the server could not complete the request; it has been logged")
        }
    }

    /// 405 with `Allow` when other methods serve the path, 404 otherwise.
    func unrouted(_ request: Request) -> Problem {
        let path = request.uri.path
        let methods = routes.filter { $0.matches(path: path) }.map(\.method.rawValue)
        guard !methods.isEmpty else {
            return Problem(.notFound, detail: "no route \(request.method.rawValue) \(path.prefix(200))")
        }
        var headers = HTTPFields()
        headers[.allow] = Array(Set(methods)).sorted().joined(separator: ", ")
        return Problem(
            .methodNotAllowed,
            detail: "\(request.method.rawValue) is not allowed on \(path.prefix(200)); use \(headers[.allow] ?? "")",
            headers: headers)
    }
}
