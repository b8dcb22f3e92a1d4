import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import Storage

/// The request headers of an upload: the product's metadata as JSON and the expected SHA-256.
///
/// `Concord-Metadata: {"mission":"hubble","productType":"image","keywords":["m31"]}` — strict
/// JSON of `ProductMetadata`, ASCII only (escape other characters as `\uXXXX`), at most
/// `maximumMetadataBytes`. `Concord-Content-SHA256: <64 hex digits>` — optional; a body that
/// hashes otherwise is refused with 422 and nothing is stored.
enum ProductHeaders {
    /// The metadata header.
    static let metadataField = HTTPField.Name("Concord-Metadata")!
    /// The expected SHA-256 header.
    static let contentSHA256Field = HTTPField.Name("Concord-Content-SHA256")!
    /// The largest metadata accepted, bytes of JSON.
    static let maximumMetadataBytes = 8192

    /// The metadata of `request`: 400 when missing or malformed, 413 when too large, 422
    /// naming the field that breaks a rule.
    static func metadata(of request: Request) throws(Problem) -> ProductMetadata {
        guard let text = request.headers[metadataField] else {
            throw Problem(
                .malformedBody, detail: "an upload needs its metadata as JSON in the Concord-Metadata header",
                field: "Concord-Metadata")
        }
        guard text.utf8.count <= maximumMetadataBytes else {
            throw Problem(
                .payloadTooLarge,
                detail: "the Concord-Metadata header is \(text.utf8.count) bytes; at most \(maximumMetadataBytes)",
                field: "Concord-Metadata")
        }
        let value = try StrictJSONDecoder().decode(ProductMetadata.self, from: Array(text.utf8))
        do {
            try value.validate()
        } catch {
            throw Problem(error)
        }
        return value
    }

    /// The expected SHA-256 (lowercased), or `nil` when not sent; 400 when not 64 hex digits.
    static func expectedSHA256(of request: Request) throws(Problem) -> String? {
        guard let text = request.headers[contentSHA256Field] else { return nil }
        let hash = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard BlobStore.isHash(hash) else {
            throw Problem(
                .invalidQuery, detail: "'\(text.prefix(80))' is not a SHA-256 (64 hex digits)",
                field: "Concord-Content-SHA256")
        }
        return hash
    }
}
