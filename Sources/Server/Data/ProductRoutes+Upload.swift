import Consortium
import Hummingbird
import Orbits
import Storage

extension ProductRoutes {
    /// `POST /api/v1/products`: checks the caller, the metadata and the covering agreement before
    /// reading a byte; streams the body to `incoming/` while hashing (never holding it whole);
    /// stops at the quota; then stores it (`ProductStore.store`). Refusals are audited.
    @Sendable static func upload(_ request: inout RouteRequest) async throws -> Response {
        let caller = try await caller(request)
        let principal = caller.principal
        guard DataSteward.mayUpload(principal) else {
            try await caller.audit(.upload, .denied, "\(principal.role.rawValue) may not upload")
            throw Problem.forbidden(
                "products are uploaded by operators and administrators; you are \(principal.role.rawValue) "
                    + "of '\(principal.partner)'")
        }
        let metadata: ProductMetadata
        let expected: String?
        let agreement: Agreement
        do {
            metadata = try ProductHeaders.metadata(of: request.request)
            expected = try ProductHeaders.expectedSHA256(of: request.request)
            agreement = try await coveringAgreement(metadata, caller: caller, services: request.services)
        } catch let problem as Problem {
            try await caller.audit(.upload, .rejected, "\(problem.field ?? "request"): \(problem.detail)")
            throw problem
        }
        let remaining: Int64?
        do {
            remaining = try await caller.store.remainingQuota(of: principal.partner)
        } catch {
            throw Problem(error)
        }
        let announced = request.request.headers[.contentLength].flatMap { Int64($0) }
        if let remaining, let announced, announced > remaining {
            let error = quotaError(principal.partner, remaining: remaining, size: announced)
            try await caller.audit(.upload, .rejected, error.detail)
            throw Problem(error)
        }
        let incoming: IncomingBlob
        do {
            incoming = try caller.store.blobs.beginUpload()
        } catch {
            throw Problem(error)
        }
        // Everything is accepted: a client that waits for `100 Continue` may now send the content.
        await ContinueExpectation.answer(request.request, on: request.context.channel, logger: request.context.logger)
        do {
            for try await buffer in request.request.body {
                try buffer.withUnsafeReadableBytes { bytes in try incoming.write(bytes) }
                if let remaining, incoming.byteCount > remaining {
                    throw quotaError(principal.partner, remaining: remaining, size: incoming.byteCount)
                }
            }
            if let announced, incoming.byteCount != announced {
                throw Problem(
                    .malformedBody, detail: "the body has \(incoming.byteCount) bytes, not the \(announced) announced",
                    field: "Content-Length")
            }
            let product = try await caller.store.store(incoming, expectedSHA256: expected) { hash, count in
                let made = makeProduct(metadata, agreement: agreement, caller: caller, sha256: hash, byteCount: count)
                let record = AuditRecord(
                    at: caller.now, action: .upload, outcome: .ok, principal: principal, product: made.id.rawValue,
                    producer: made.producer,
                    detail:
                        "\(count) bytes, sha256 \(hash), agreement \(agreement.id), embargo until \(made.policy.embargoEnd)"
                )
                return (made, record)
            }
            var headers = HTTPFields()
            headers[.location] = "\(collectionPath)/\(product.id)"
            headers[.eTag] = "\"\(product.sha256)\""
            return .json(try request.services.encoder.encode(product), status: .created, headers: headers)
        } catch {
            incoming.abandon()
            let problem = problem(for: error)
            try? await caller.audit(.upload, .rejected, "\(problem.field ?? "upload"): \(problem.detail)")
            throw problem
        }
    }

    /// The product made from an upload: the clause's default policy, the embargo running from
    /// the observation's end (or the upload, if earlier), instants kept to the millisecond as
    /// they travel in JSON.
    static func makeProduct(
        _ metadata: ProductMetadata, agreement: Agreement, caller: Caller, sha256: String, byteCount: Int64
    ) -> DataProduct {
        let now = millisecond(caller.now)
        var metadata = metadata
        metadata.agreement = agreement.id
        metadata.observationStart = metadata.observationStart.map(millisecond)
        metadata.observationEnd = metadata.observationEnd.map(millisecond)
        let start = DataProduct.embargoStart(observationEnd: metadata.observationEnd, uploadedAt: now)
        return DataProduct(
            id: newID(at: now), metadata: metadata, producer: caller.principal.partner, sha256: sha256,
            byteCount: byteCount, uploadedAt: now, uploadedBy: caller.principal.user,
            policy: ProductPolicy(clauseOf: agreement, start: start))
    }

    /// `instant` rounded to the millisecond, as JSON carries it.
    static func millisecond(_ instant: Instant) -> Instant {
        (try? Instant(iso8601: instant.iso8601(fractionDigits: 3, zulu: true))) ?? instant
    }

    /// The agreement covering an upload of `metadata`'s mission (422 naming the field otherwise).
    static func coveringAgreement(
        _ metadata: ProductMetadata, caller: Caller, services: Services
    ) async throws -> Agreement {
        let mission: Stored<Mission>?
        do {
            mission = try await services.repository.get(Mission.self, id: metadata.mission)
        } catch {
            throw Problem(error)
        }
        let policy = try await services.access.accessPolicy()
        guard let mission, policy.mayRead(mission.value, by: caller.principal) else {
            throw Problem(.missingReference, detail: "no mission '\(metadata.mission)'", field: "mission")
        }
        do {
            return try ProductPolicy.coveringAgreement(
                named: metadata.agreement, mission: mission.value, producer: caller.principal.partner,
                at: caller.now, agreements: Array(caller.agreements.values))
        } catch {
            throw Problem(error)
        }
    }

    /// The 507 error of an upload that does not fit the producer's quota.
    static func quotaError(_ partner: Partner.ID, remaining: Int64, size: Int64) -> DataStoreError {
        DataStoreError(
            .quotaExceeded, field: "Content-Length",
            detail: "'\(partner)' has \(remaining) bytes of quota left; this upload has \(size)")
    }

    /// Any error of an upload or a policy change as a problem. Anything else comes from the
    /// connection (the client closed it mid-body, or broke the chunked framing).
    static func problem(for error: any Error) -> Problem {
        switch error {
        case let problem as Problem: problem
        case let error as DataStoreError: Problem(error)
        case let error as StorageError: Problem(error)
        case let error as DataPolicyError: Problem(error)
        case let error as DecodingError: Problem(error)
        default: Problem(.malformedBody, detail: "the body was interrupted before its end; nothing was stored")
        }
    }
}
