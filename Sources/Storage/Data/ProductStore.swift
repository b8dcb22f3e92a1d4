import Consortium
import Logging
import Orbits

/// The data exchange's store: product rows and the audit log in the database (`catalog`), the
/// bytes in a content-addressed directory (`blobs`), and a quota per producing partner.
///
/// `open` cleans up after an interrupted run before anything is served; `store(_:…)` is the one
/// way in, in the order that makes a product visible only once its bytes are durable:
/// bytes fsynced → renamed into place → directory fsynced → row and audit entry committed.
public struct ProductStore: Sendable {
    /// The rows and the audit log.
    public let catalog: any ProductCatalog
    /// The bytes.
    public let blobs: BlobStore
    /// The most bytes one partner's products may hold, or `nil` for no limit.
    public let quotaBytes: Int64?

    /// Creates a store without cleaning up (tests; `open` for servers).
    public init(catalog: any ProductCatalog, blobs: BlobStore, quotaBytes: Int64?) {
        self.catalog = catalog
        self.blobs = blobs
        self.quotaBytes = quotaBytes
    }

    /// Opens the store in `directory` and removes what an interrupted run left: every file in
    /// `incoming/` and every blob no committed product names.
    public static func open(
        catalog: any ProductCatalog, directory: String, quotaBytes: Int64?, logger: Logger
    ) async throws -> ProductStore {
        let blobs = try BlobStore(root: directory)
        let keeping = try await catalog.productHashes()
        let removed = try blobs.cleanUp(keeping: keeping)
        logger.info(
            "opened the data product store",
            metadata: [
                "directory": "\(directory)", "products' blobs": "\(keeping.count)",
                "removed incoming": "\(removed.incoming)", "removed orphan blobs": "\(removed.blobs)",
            ])
        return ProductStore(catalog: catalog, blobs: blobs, quotaBytes: quotaBytes)
    }

    /// The bytes `partner` may still store, or `nil` without a quota.
    public func remainingQuota(of partner: Partner.ID) async throws(StorageError) -> Int64? {
        guard let quotaBytes else { return nil }
        return max(0, quotaBytes - (try await catalog.quotaUsage(of: partner)))
    }

    /// Stores a finished upload as a product: checks the hash against `expectedSHA256` (if
    /// given), makes the bytes durable under their hash, then commits the row made by `product`
    /// (given the hash and size) with its audit entry. On any failure before the commit the
    /// upload is removed and nothing is visible; a blob renamed into place whose row then fails is
    /// removed at the next start.
    public func store(
        _ incoming: IncomingBlob, expectedSHA256: String?,
        product: (_ sha256: String, _ byteCount: Int64) -> (DataProduct, AuditRecord)
    ) async throws -> DataProduct {
        let hash: String
        do {
            hash = try incoming.finish()
        } catch {
            incoming.abandon()
            throw error
        }
        if let expectedSHA256, expectedSHA256 != hash {
            incoming.abandon()
            throw DataStoreError(
                .hashMismatch, field: "Concord-Content-SHA256",
                detail: "the content's SHA-256 is \(hash), not the \(expectedSHA256) announced; nothing was stored")
        }
        let (made, audit) = product(hash, incoming.byteCount)
        try blobs.commit(incoming)
        _ = try await catalog.insertProduct(made, quotaBytes: quotaBytes, audit: audit)
        return made
    }
}
