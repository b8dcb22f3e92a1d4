import Consortium
import Orbits

/// The data products' rows, quota usage and audit log in the database (`SQLRepository`).
///
/// Every write commits together with its audit entry: a product is never visible without the
/// entry recording its upload, and a policy change never without its entry.
public protocol ProductCatalog: Sendable {
    /// Stores `product` and its audit entry, adding its size to its producer's usage; throws
    /// `DataStoreError.quotaExceeded` when the usage would pass `quotaBytes`.
    func insertProduct(_ product: DataProduct, quotaBytes: Int64?, audit: AuditRecord) async throws -> AuditEntry

    /// The product `id`, or `nil`.
    func product(id: DataProduct.ID) async throws(StorageError) -> DataProduct?

    /// One page of the products in `scope` matching `filter`, ordered by id.
    func products(
        scope: ProductScope, filter: ProductFilter, page: PageRequest
    ) async throws(StorageError)
        -> ListPage<DataProduct>

    /// Replaces the policy of product `id`, with its audit entry. `.notFound` when there is none.
    func updatePolicy(
        id: DataProduct.ID, policy: ProductPolicy, audit: AuditRecord
    ) async throws(StorageError) -> DataProduct

    /// Appends one entry to the audit log.
    @discardableResult
    func appendAudit(_ record: AuditRecord) async throws(StorageError) -> AuditEntry

    /// One page of the audit log, newest first after `before` (a sequence number), restricted to
    /// the products of `producers` (every entry when `nil`).
    func auditEntries(
        producers: Set<Partner.ID>?, before: Int64?, limit: Int
    ) async throws(StorageError)
        -> [AuditEntry]

    /// Checks the audit log's hash chain from its first entry.
    func verifyAudit() async throws(StorageError) -> AuditVerification

    /// The SHA-256 of every stored product's content.
    func productHashes() async throws(StorageError) -> Set<String>

    /// The bytes stored by `partner`'s products.
    func quotaUsage(of partner: Partner.ID) async throws(StorageError) -> Int64
}
