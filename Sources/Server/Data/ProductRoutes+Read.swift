import Consortium
import Hummingbird
import Orbits
import Storage

extension ProductRoutes {
    /// `GET /api/v1/products`: one page of the products the caller may see now, filtered; the
    /// visibility rule runs in SQL, so pages, cursors and counts only ever cover visible products.
    @Sendable static func list(_ request: inout RouteRequest) async throws -> Response {
        let query = try request.query(allowed: Set(filters + ["limit", "after"]))
        let page = try EntityRoutes<Partner>.pageRequest(limit: query["limit"], after: query["after"])
        let caller = try await caller(request)
        var filter = ProductFilter()
        filter.mission = try query["mission"].map { text throws(Problem) in
            try ScheduleRequestRoutes.identifier(Mission.self, text, parameter: "mission")
        }
        filter.producer = try query["partner"].map { text throws(Problem) in
            try ScheduleRequestRoutes.identifier(Partner.self, text, parameter: "partner")
        }
        if let type = query["type"] {
            guard (1...64).contains(type.utf8.count) else {
                throw Problem.badQuery("type", "a product type has 1…64 characters")
            }
            filter.productType = type
        }
        filter.observedFrom = try query["from"].map { text throws(Problem) in
            try ScheduleRequestRoutes.instant(text, parameter: "from")
        }
        filter.observedTo = try query["to"].map { text throws(Problem) in
            try ScheduleRequestRoutes.instant(text, parameter: "to")
        }
        filter.embargoEndsBefore = try query["embargoEndsBefore"].map { text throws(Problem) in
            try ScheduleRequestRoutes.instant(text, parameter: "embargoEndsBefore")
        }
        if let keywords = query["keywords"] {
            filter.keywords = keywords.split(separator: ",").map { String($0) }
            guard filter.keywords.count <= ProductMetadata.maximumKeywords,
                filter.keywords.allSatisfy({ $0.count <= ProductMetadata.maximumKeywordLength })
            else {
                throw Problem.badQuery(
                    "keywords", "at most \(ProductMetadata.maximumKeywords) comma-separated keywords of ≤ 64 characters"
                )
            }
        }
        let result: ListPage<DataProduct>
        do {
            result = try await caller.store.catalog.products(scope: caller.scope, filter: filter, page: page)
        } catch {
            throw Problem(error)
        }
        return .json(try request.services.encoder.encode(ItemPage(items: result.items, nextCursor: result.nextCursor)))
    }

    /// `GET /api/v1/products/{id}`: the metadata and policy, or 404 (audited) when hidden or unknown.
    @Sendable static func metadata(_ request: inout RouteRequest) async throws -> Response {
        let caller = try await caller(request)
        let (product, _) = try await visibleProduct(request, caller, action: .read)
        var headers = HTTPFields()
        headers[.eTag] = "\"\(product.sha256)\""
        return .json(try request.services.encoder.encode(product), headers: headers)
    }

    /// `PUT /api/v1/products/{id}/policy`: a steward's change within the clause. A product the
    /// caller cannot see is a 404; one it sees but does not steward a 403; both audited.
    @Sendable static func changePolicy(_ request: inout RouteRequest) async throws -> Response {
        let caller = try await caller(request)
        let (product, _) = try await visibleProduct(request, caller, action: .policyChange)
        let id = product.id.rawValue
        guard DataSteward.isSteward(of: product.producer, caller.principal) else {
            try await caller.audit(.policyChange, .denied, product: id, producer: product.producer, "not a steward")
            throw Problem.forbidden(
                "the policy of '\(product.producer)''s products is changed by its partner administrators (data "
                    + "stewards); you are \(caller.principal.role.rawValue) of '\(caller.principal.partner)'")
        }
        let change: ProductPolicyChange
        do {
            change = try await request.decodeBody(ProductPolicyChange.self)
        } catch {
            let problem = problem(for: error)
            try await caller.audit(
                .policyChange, .rejected, product: id, producer: product.producer,
                "\(problem.field ?? "body"): \(problem.detail)")
            throw problem
        }
        let policy: ProductPolicy
        do throws(DataPolicyError) {
            guard let agreement = caller.agreements[product.policy.agreement] else {
                throw DataPolicyError(
                    .noCoveringAgreement, field: "agreement",
                    detail: "the agreement '\(product.policy.agreement)' no longer exists")
            }
            policy = try product.policy.applying(change, agreement: agreement, producer: product.producer)
        } catch {
            try await caller.audit(.policyChange, .rejected, product: id, producer: product.producer, error.detail)
            throw Problem(error)
        }
        let updated: DataProduct
        do {
            updated = try await caller.store.catalog.updatePolicy(
                id: product.id, policy: policy,
                audit: AuditRecord(
                    at: caller.now, action: .policyChange, outcome: .ok, principal: caller.principal, product: id,
                    producer: product.producer,
                    detail: "embargo until \(policy.embargoEnd) (was \(product.policy.embargoEnd)); early access "
                        + "[\(policy.earlyAccess.map(\.rawValue).joined(separator: ", "))]"))
        } catch {
            throw Problem(error)
        }
        return .json(try request.services.encoder.encode(updated))
    }

    /// `GET /api/v1/audit`: newest first; `nextCursor` is the sequence to pass as `before`.
    @Sendable static func audit(_ request: inout RouteRequest) async throws -> Response {
        let query = try request.query(allowed: ["before", "limit"])
        let caller = try await caller(request)
        let scope = DataSteward.auditScope(caller.principal)
        if let scope, scope.isEmpty {
            try await caller.audit(.list, .denied, "audit log refused to \(caller.principal.role.rawValue)")
            throw Problem.forbidden(
                "the audit log is read by data stewards (partner administrators) and consortium administrators")
        }
        var limit = PageRequest.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text), (1...PageRequest.maximumLimit).contains(value) else {
                throw Problem.badQuery("limit", "'\(text.prefix(20))' is not a page size in 1...500")
            }
            limit = value
        }
        let before = try query["before"].map { text throws(Problem) in
            guard let value = Int64(text), value >= 1 else {
                throw Problem.badQuery("before", "'\(text.prefix(20))' is not a sequence number")
            }
            return value
        }
        let entries: [AuditEntry]
        do {
            entries = try await caller.store.catalog.auditEntries(producers: scope, before: before, limit: limit + 1)
        } catch {
            throw Problem(error)
        }
        let page = Array(entries.prefix(limit))
        let next = entries.count > limit ? page.last.map { String($0.sequence) } : nil
        return .json(try request.services.encoder.encode(ItemPage(items: page, nextCursor: next)))
    }
}
