import Orbits

/// A stored data product: the uploader's metadata, who produced it, its content's SHA-256 and
/// size, and its access policy.
///
/// The content is addressed by `sha256` (lowercase hex): two products with the same bytes share
/// one blob. The producer is the uploader's partner; its data stewards (`DataSteward`) manage the
/// policy.
public struct DataProduct: Codable, Sendable, Hashable {
    /// The id of a product, e.g. `prd-3f9a0c…`.
    public typealias ID = Identifier<DataProduct>

    /// The product's id, chosen by the server.
    public var id: ID
    /// What the uploader said about it.
    public var metadata: ProductMetadata
    /// The producing partner (the uploader's).
    public var producer: Partner.ID
    /// The SHA-256 of the content, 64 lowercase hex digits.
    public var sha256: String
    /// The content's size in bytes.
    public var byteCount: Int64
    /// When the upload was committed.
    public var uploadedAt: Instant
    /// Who uploaded it.
    public var uploadedBy: User.ID
    /// Who may see it, and from when.
    public var policy: ProductPolicy

    /// Creates a product.
    public init(
        id: ID, metadata: ProductMetadata, producer: Partner.ID, sha256: String, byteCount: Int64,
        uploadedAt: Instant, uploadedBy: User.ID, policy: ProductPolicy
    ) {
        self.id = id
        self.metadata = metadata
        self.producer = producer
        self.sha256 = sha256
        self.byteCount = byteCount
        self.uploadedAt = uploadedAt
        self.uploadedBy = uploadedBy
        self.policy = policy
    }

    /// The instant the embargo runs from: the observation's end, or the upload if that is earlier
    /// or there is no observation end (so a future observation date cannot lengthen the embargo).
    public static func embargoStart(observationEnd: Instant?, uploadedAt: Instant) -> Instant {
        guard let observationEnd, observationEnd < uploadedAt else { return uploadedAt }
        return observationEnd
    }
}
