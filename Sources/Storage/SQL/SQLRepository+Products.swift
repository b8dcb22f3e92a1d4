import Consortium
import Orbits

/// The data exchange's rows on SQLite or PostgreSQL: reads on a pooled connection, each write
/// with its audit entry in one transaction (see `SQLSession+Products`, `SQLSession+Audit`).
extension SQLRepository: ProductCatalog {
    public func insertProduct(
        _ product: DataProduct, quotaBytes: Int64?, audit: AuditRecord
    ) async throws
        -> AuditEntry
    {
        do {
            return try await writing { session in
                try await session.insertProduct(product, quotaBytes: quotaBytes, audit: audit)
            }
        } catch let error as DataStoreError {
            throw error
        } catch {
            throw DriverError.storageError(error)
        }
    }

    public func product(id: DataProduct.ID) async throws(StorageError) -> DataProduct? {
        try await reading { session throws(StorageError) in try await session.product(id: id) }
    }

    public func products(
        scope: ProductScope, filter: ProductFilter, page: PageRequest
    ) async throws(StorageError)
        -> ListPage<DataProduct>
    {
        try await reading { session throws(StorageError) in
            try await session.products(scope: scope, filter: filter, page: page)
        }
    }

    public func updatePolicy(
        id: DataProduct.ID, policy: ProductPolicy, audit: AuditRecord
    ) async throws(StorageError) -> DataProduct {
        do {
            return try await writing { session in try await session.updatePolicy(id: id, policy: policy, audit: audit) }
        } catch {
            throw DriverError.storageError(error)
        }
    }

    @discardableResult
    public func appendAudit(_ record: AuditRecord) async throws(StorageError) -> AuditEntry {
        do {
            return try await writing { session in try await session.appendAudit(record) }
        } catch {
            throw DriverError.storageError(error)
        }
    }

    public func auditEntries(
        producers: Set<Partner.ID>?, before: Int64?, limit: Int
    ) async throws(StorageError)
        -> [AuditEntry]
    {
        try await reading { session throws(StorageError) in
            try await session.auditEntries(producers: producers, before: before, limit: limit)
        }
    }

    /// Reads the log in order, 1 000 entries at a time, checking each against the previous.
    public func verifyAudit() async throws(StorageError) -> AuditVerification {
        var state = AuditVerification(entries: 0, firstBreak: nil, headHash: AuditEntry.genesisHash)
        while state.firstBreak == nil {
            let after = state.entries
            let batch = try await reading { session throws(StorageError) in
                try await session.auditEntries(after: after, limit: 1000)
            }
            if batch.isEmpty { break }
            state = AuditVerification.check(batch, from: state)
        }
        return state
    }

    public func productHashes() async throws(StorageError) -> Set<String> {
        try await reading { session throws(StorageError) in try await session.productHashes() }
    }

    public func quotaUsage(of partner: Partner.ID) async throws(StorageError) -> Int64 {
        try await reading { session throws(StorageError) in try await session.quotaUsage(of: partner) }
    }
}
