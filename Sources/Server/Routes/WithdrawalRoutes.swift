import Consortium
import Hummingbird
import Storage

/// `POST /api/v1/agreements/{id}/withdrawals`: a party leaves an agreement on a day.
///
/// The agreement's other terms are kept consistent by `Agreement.withdrawing(_:on:)`: the
/// leaving party's network and cost shares go to the others in proportion, its pooled stations
/// leave the pool, it leaves the named data parties, and with fewer than two parties left the
/// agreement is withdrawn. A party's own partner administrators may withdraw it (the funding
/// decision is theirs); consortium administrators may withdraw any party.
enum WithdrawalRoutes {
    /// The body: which party leaves, and from which day it is no longer bound.
    struct Request: Codable, Sendable {
        var partner: Partner.ID
        var day: Day
    }

    static let path = "/api/v1/agreements/{id}/withdrawals"

    /// The body's schema.
    static let requestSchema = JSONSchema.record([
        "partner": .described(Schemas.identifier, "The party that withdraws."),
        "day": .described(Schemas.day, "The first day on which it is no longer bound (YYYY-MM-DD)."),
    ])

    /// The route.
    static var routes: [APIRoute] {
        [
            APIRoute(
                description: RouteDescription(
                    method: .post, path: path, operationID: "withdrawFromAgreement",
                    summary: "Withdraw a party from an agreement; the others' shares are rescaled to 100 %.",
                    tag: "agreements", access: .authenticated, requestBody: .reference("WithdrawalRequest"),
                    replies: [
                        .init(
                            status: 200, description: "The agreement after the withdrawal.",
                            schema: .reference("AgreementItem"), headers: ["ETag"])
                    ],
                    problems: [
                        .malformedBody, .unknownField, .unauthenticated, .forbidden, .notFound, .conflict,
                        .payloadTooLarge, .unsupportedMediaType, .validation,
                    ]),
                handler: withdraw)
        ]
    }

    @Sendable static func withdraw(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let id = try request.id(Agreement.self)
        let services = request.services
        let policy = try await services.access.accessPolicy()
        let stored = try await EntityRoutes<Agreement>.readable(id, by: principal, policy: policy, services: services)
        let body = try await request.decodeBody(Request.self)
        guard
            principal.isConsortiumAdmin || (principal.partner == body.partner && principal.role.includes(.partnerAdmin))
        else {
            throw Problem.forbidden(
                "only '\(body.partner)''s partner administrators or a consortium administrator may withdraw it; "
                    + "you are \(principal.role.rawValue) of '\(principal.partner)'")
        }
        let withdrawn: Agreement
        do {
            withdrawn = try stored.value.withdrawing(body.partner, on: body.day)
        } catch {
            throw Problem(error)
        }
        let updated: Stored<Agreement>
        do {
            updated = try await services.repository.update(withdrawn, expectedVersion: stored.version)
        } catch {
            guard error.code == .versionMismatch else { throw Problem(error) }
            throw Problem(.conflict, detail: "the agreement changed while the withdrawal was recorded; try again")
        }
        services.access.invalidate()
        return .item(try services.encoder.item(updated), version: updated.version)
    }
}
