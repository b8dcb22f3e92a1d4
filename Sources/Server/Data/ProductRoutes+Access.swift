import Consortium
import Hummingbird
import Orbits
import Storage

extension ProductRoutes {
    /// What every data handler needs: the store, the caller, the instant and the agreements.
    struct Caller: Sendable {
        var store: ProductStore
        var principal: Principal
        var now: Instant
        var agreements: [Agreement.ID: Agreement]

        /// The caller's scope of visible products.
        var scope: ProductScope {
            ProductScope(principal: principal, at: now, agreements: Array(agreements.values))
        }

        /// Appends an audit entry; a failure to write it fails the request (no unaudited access).
        func audit(
            _ action: AuditEntry.Action, _ outcome: AuditEntry.Outcome, product: String? = nil,
            producer: Partner.ID? = nil, _ detail: String
        ) async throws {
            do {
                try await store.catalog.appendAudit(
                    AuditRecord(
                        at: now, action: action, outcome: outcome, principal: principal, product: product,
                        producer: producer, detail: detail))
            } catch {
                throw Problem(error)
            }
        }
    }

    /// The caller of a data route, with the agreements as stored now (judged at this instant).
    static func caller(_ request: RouteRequest) async throws -> Caller {
        let principal = try request.caller
        guard let store = request.services.products else { throw Problem.dataExchangeOff }
        let agreements: [Stored<Agreement>]
        do {
            agreements = try await request.services.repository.all(Agreement.self)
        } catch {
            throw Problem(error)
        }
        return Caller(
            store: store, principal: principal, now: request.services.configuration.clock.now(),
            agreements: Dictionary(agreements.map { ($0.value.id, $0.value) }) { first, _ in first })
    }

    /// The product of the path's `{id}` when the caller may see it now, with the decision.
    /// Otherwise the refusal is audited (with the producer, so its stewards see who tried) and
    /// the answer is the same 404 as for an id that does not exist.
    static func visibleProduct(
        _ request: RouteRequest, _ caller: Caller, action: AuditEntry.Action
    ) async throws -> (DataProduct, AccessDecision) {
        let text = request.parameter("id")
        var product: DataProduct?
        if let id = DataProduct.ID(rawValue: text) {
            do {
                product = try await caller.store.catalog.product(id: id)
            } catch {
                throw Problem(error)
            }
        }
        guard let product else {
            try await caller.audit(action, .denied, product: text, "no such product")
            throw Problem.notFound("product", id: text)
        }
        let decision = product.decision(for: caller.principal, at: caller.now, agreements: caller.agreements)
        guard decision.isAllowed else {
            try await caller.audit(
                action, .denied, product: text, producer: product.producer, "\(decision)")
            throw Problem.notFound("product", id: text)
        }
        return (product, decision)
    }
}
