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
        if let mediaType = value.mediaType, !isMediaType(mediaType) {
            throw Problem.invalid(
                "mediaType",
                "'\(mediaType.prefix(80))' is not a media type: type/subtype of letters, digits and !#$&^_.+-, "
                    + "optionally with ;name=value parameters")
        }
        return value
    }

    /// Whether `text` is a media type as `Content-Type` carries it (RFC 9110 §8.3.1): `type/subtype`
    /// tokens and optional `; name=value` parameters of tokens. Downloads are served with it, so
    /// nothing else (no path, no header syntax) may pass.
    static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let names = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, names.allSatisfy({ isToken($0) }) else { return false }
        return parts.dropFirst().allSatisfy { parameter in
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return pair.count == 2 && isToken(pair[0]) && isToken(pair[1])
        }
    }

    /// Whether `text` is 1…64 token characters of a media type (RFC 6838 §4.2).
    static func isToken(_ text: Substring) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default:
                    "!#$&^_.+-".utf8.contains(byte)
                }
            }
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
