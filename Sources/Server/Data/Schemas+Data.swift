import Consortium
import Storage

extension Schemas {
    /// A product id: `prd-`, the upload's milliseconds since 1970 in 12 hex digits, 8 random ones.
    static let productID = JSONSchema.string(pattern: "^prd-[0-9a-f]{12}-[0-9a-f]{8}$")
    /// A SHA-256, 64 lowercase hex digits.
    static let sha256 = JSONSchema.string(pattern: "^[0-9a-f]{64}$")

    /// `ProductMetadata`: what the uploader says, as JSON in the `Concord-Metadata` header.
    static let productMetadata = JSONSchema.described(
        .record(
            [
                "mission": .described(identifier, "The mission; the producer must take part in it."),
                "agreement": .described(
                    identifier, "The covering agreement; needed when several cover the mission. Set by the server."),
                "productType": .described(
                    .string(pattern: "^[a-z0-9._-]{1,64}$"), "`telemetry`, `image`, `ephemeris`, `cdm`, `report`…"),
                "instrument": .string(maxLength: 100),
                "observationStart": instant,
                "observationEnd": .described(instant, "The embargo runs from it (or from the upload, if earlier)."),
                "keywords": .described(
                    .array(
                        .string(maxLength: ProductMetadata.maximumKeywordLength),
                        maxItems: ProductMetadata.maximumKeywords),
                    "Distinct (case-insensitive), 1-64 characters each."),
                "fileName": .described(.string(maxLength: 255), "Display text only: never a path on the server."),
                "mediaType": .described(
                    .string(maxLength: 100), "`type/subtype[;name=value]`: the `Content-Type` of downloads."),
            ],
            optional: [
                "agreement", "instrument", "observationStart", "observationEnd", "keywords", "fileName", "mediaType",
            ]
        ),
        "Texts without control characters; ASCII in the header (escape others as \\uXXXX); at most 8192 bytes.")

    /// `ProductPolicy`: who sees a product, and from when.
    static let productPolicy = JSONSchema.record([
        "access": .described(values(DataPolicy.Access.self), "The audience once the embargo is over (the clause's)."),
        "agreement": .described(identifier, "The agreement whose data clause governs the product."),
        "namedPartners": .described(.array(identifier), "The audience when `access` is `namedParties`."),
        "embargoEnd": .described(instant, "Before it only the producer and `earlyAccess` see the product."),
        "clauseEmbargoEnd": .described(instant, "The latest `embargoEnd` the clause allows."),
        "earlyAccess": .described(.array(identifier), "Parties the steward let in before the embargo ends."),
    ])

    /// `DataProduct`: a stored product.
    static let dataProduct = JSONSchema.record([
        "id": productID,
        "metadata": .reference("ProductMetadata"),
        "producer": .described(identifier, "The uploader's partner."),
        "sha256": .described(sha256, "The content's SHA-256; the ETag of the content, quoted."),
        "byteCount": .described(.integer(minimum: 0), "The content's size, bytes."),
        "uploadedAt": instant,
        "uploadedBy": identifier,
        "policy": .reference("ProductPolicy"),
    ])

    /// The body of `PUT /api/v1/products/{id}/policy`: every member optional.
    static let productPolicyChange = JSONSchema.record(
        [
            "embargoEnd": .described(instant, "Not after `clauseEmbargoEnd`."),
            "earlyAccess": .described(.array(identifier), "Parties of the covering agreement; replaces the list."),
            "access": .described(values(DataPolicy.Access.self), "Accepted only unchanged."),
            "namedPartners": .described(.array(identifier), "Accepted only unchanged."),
        ], optional: ["embargoEnd", "earlyAccess", "access", "namedPartners"])

    /// `AuditEntry`: one line of the hash-chained audit log.
    static let auditEntry = JSONSchema.record(
        [
            "sequence": .described(.integer(minimum: 1), "The position in the log, from 1."),
            "time": .described(instant, "UTC to the microsecond, as hashed."),
            "action": values(AuditEntry.Action.self),
            "outcome": .described(
                values(AuditEntry.Outcome.self), "`denied`: refused by the access rules; `rejected`: a bad request."),
            "user": identifier,
            "partner": identifier,
            "product": .described(.string(maxLength: 80), "The product, or the unknown id asked for (as sent)."),
            "producer": .described(identifier, "The product's producer, when it exists: its stewards read the entry."),
            "detail": .string(maxLength: 1000),
            "previousHash": .described(sha256, "The previous entry's hash (64 zeros for the first)."),
            "hash": .described(sha256, "The SHA-256 of this entry's canonical bytes."),
        ], optional: ["user", "partner", "product", "producer"])

    /// The data exchange's components of the document.
    static var dataComponents: [String: JSONSchema] {
        [
            "ProductMetadata": productMetadata, "ProductPolicy": productPolicy, "DataProduct": dataProduct,
            "ProductPolicyChange": productPolicyChange, "AuditEntry": auditEntry,
            "DataProductPage": .record([
                "items": .array(.reference("DataProduct")),
                "nextCursor": .described(.nullable(.string()), "Pass as `after` for the next page; null on the last."),
            ]),
            "AuditPage": .record([
                "items": .described(.array(.reference("AuditEntry")), "Newest first."),
                "nextCursor": .described(
                    .nullable(.string(pattern: "^[0-9]+$")), "Pass as `before` for the next page; null on the last."),
            ]),
        ]
    }
}
