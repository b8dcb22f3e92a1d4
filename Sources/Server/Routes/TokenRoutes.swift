import Consortium
import Foundation
import Hummingbird
import Orbits
import Storage

/// `/api/v1/tokens` and `/api/v1/me`: make, list and revoke API tokens; say who a token is.
///
/// Everyone manages their own tokens. A user's tokens are also managed by whoever manages the
/// user (its partner's administrators, consortium administrators), passing `user`: never by
/// someone who may not grant the user's role, so a partner administrator cannot mint a token
/// for a consortium administrator of its partner.
enum TokenRoutes {
    static let collectionPath = "/api/v1/tokens"
    static let itemPath = "/api/v1/tokens/{id}"
    static let userParameter = RouteDescription.Parameter(
        name: "user", location: .query, description: "A user you manage; yourself when absent.",
        schema: Schemas.identifier)

    /// The routes.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .post, path: collectionPath, operationID: "createToken",
                    summary: "Make a token for yourself or a user you manage; the secret is in this answer only.",
                    tag: "tokens", access: .authenticated, requestBody: .reference("TokenRequest"),
                    replies: [
                        .init(
                            status: 201, description: "Made.", schema: .reference("CreatedToken"), headers: ["Location"]
                        )
                    ],
                    problems: [
                        .malformedBody, .unknownField, .unauthenticated, .forbidden, .notFound, .payloadTooLarge,
                        .unsupportedMediaType, .validation,
                    ]),
                handler: create),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: collectionPath, operationID: "listTokens",
                    summary: "List your tokens (or a managed user's): labels and dates, never secrets.", tag: "tokens",
                    access: .authenticated, query: [userParameter],
                    replies: [.init(status: 200, description: "The tokens.", schema: .reference("TokenList"))],
                    problems: [.invalidQuery, .unauthenticated, .forbidden, .notFound]),
                handler: list),
            APIRoute(
                description: RouteDescription(
                    method: .delete, path: itemPath, operationID: "revokeToken",
                    summary: "Revoke a token; it stops working at once on this server, within a second elsewhere.",
                    tag: "tokens", access: .authenticated, query: [userParameter],
                    replies: [.init(status: 204, description: "Revoked.", schema: nil)],
                    problems: [.invalidQuery, .unauthenticated, .forbidden, .notFound]),
                handler: revoke),
            APIRoute(
                description: RouteDescription(
                    method: .get, path: "/api/v1/me", operationID: "getMe", summary: "Who the token authenticates.",
                    tag: "tokens", access: .authenticated,
                    replies: [.init(status: 200, description: "The principal.", schema: .reference("Me"))],
                    problems: [.unauthenticated]),
                handler: me),
        ]
    }

    @Sendable static func create(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let body = try await request.decodeBody(TokenRequest.self)
        try validate(label: body.label)
        let services = request.services
        let user = try await managedUser(body.user, by: principal, services: services)
        let now = services.configuration.clock.now()
        if let expiresAt = body.expiresAt, expiresAt <= now {
            throw Problem.invalid("expiresAt", "\(expiresAt) is not in the future")
        }
        let (token, secret) = APIToken.issue(for: user, label: body.label, at: now, expiresAt: body.expiresAt)
        try await services.repository.createToken(token)
        let created = CreatedToken(
            id: token.id, user: token.user, label: token.label, createdAt: token.createdAt,
            expiresAt: token.expiresAt, secret: secret)
        var headers = HTTPFields()
        headers[.location] = "\(collectionPath)/\(token.id)"
        return .json(try services.encoder.encode(created), status: .created, headers: headers)
    }

    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: ["user"])
        let user = try await managedUser(try query["user"].map(userID), by: principal, services: request.services)
        let tokens = try await request.services.repository.tokens(of: user)
        return .json(try request.services.encoder.encode(TokenList(items: tokens.map(TokenView.init))))
    }

    @Sendable static func revoke(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let query = try request.query(allowed: ["user"])
        let services = request.services
        let user = try await managedUser(try query["user"].map(userID), by: principal, services: services)
        let id = request.parameter("id")
        guard id.utf8.count <= 64 else { throw Problem(.notFound, detail: "no token '\(id.prefix(64))'") }
        try await services.repository.revokeToken(id: id, of: user, at: services.configuration.clock.now())
        services.access.invalidate()
        return .noContent
    }

    @Sendable static func me(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let name = try await request.services.repository.get(User.self, id: principal.user)?.value.name ?? ""
        let body = MeBody(user: principal.user, name: name, partner: principal.partner, role: principal.role)
        return .json(try request.services.encoder.encode(body))
    }

    /// The user whose tokens are managed: the caller, or `requested` when the caller may see it,
    /// manage its partner's users and grant its role.
    static func managedUser(_ requested: User.ID?, by principal: Principal, services: Services) async throws -> User.ID
    {
        guard let requested, requested != principal.user else { return principal.user }
        let policy = try await services.access.accessPolicy()
        let target = try await EntityRoutes<User>.readable(requested, by: principal, policy: policy, services: services)
        try WriteRules.require(.update, .user, ownedBy: target.value.partner, by: principal)
        try WriteRules.requireGrant(target.value.role, by: principal)
        return requested
    }

    static func userID(_ text: String) throws(Problem) -> User.ID {
        guard let id = User.ID(rawValue: text) else {
            throw Problem.badQuery("user", "'\(text.prefix(64))' is not a user id")
        }
        return id
    }

    /// A label: 1-200 characters, no control characters.
    static func validate(label: String) throws(Problem) {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, label.count <= 200 else {
            throw Problem.invalid("label", "must be 1-200 characters, not \(label.count)")
        }
        guard !label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Problem.invalid("label", "must not contain control characters")
        }
    }
}
