import Consortium
import Hummingbird
import Storage

extension AccessCache {
    /// The longest bearer token read, in bytes; Concord's are 51 (`concord_` + 43).
    static let maximumTokenLength = 256

    /// The principal of the request's `Authorization: Bearer <secret>`, or a 401 problem (with
    /// `WWW-Authenticate: Bearer`) when the header is missing, malformed, or names a token that is
    /// unknown, expired, revoked or not an API token (the secret of a console session or sign-in
    /// link). The answer does not say which, so as not to help guessing.
    func authenticate(_ request: Request) async throws -> Principal {
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthenticated("this route needs an 'Authorization: Bearer <token>' header")
        }
        guard let secret = Self.bearerSecret(in: header) else {
            throw Problem.unauthenticated("the Authorization header must be 'Bearer <token>'")
        }
        do {
            guard let principal = try await principal(forSecret: secret) else {
                throw Problem.unauthenticated("the token is not valid (unknown, expired or revoked)")
            }
            return principal
        } catch let error as StorageError {
            throw Problem(error)
        }
    }

    /// The secret of a `Bearer` credential (scheme case-insensitive, RFC 7235), or `nil`.
    /// Read byte by byte: it runs on every request.
    static func bearerSecret(in header: String) -> String? {
        var bytes = Substring(header).utf8[...]
        let scheme = Array("bearer".utf8)
        guard bytes.count > scheme.count,
            zip(bytes.prefix(scheme.count), scheme).allSatisfy({ $0 | 0x20 == $1 }),
            bytes[bytes.index(bytes.startIndex, offsetBy: scheme.count)] == UInt8(ascii: " ")
        else { return nil }
        bytes = bytes.dropFirst(scheme.count)
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        guard !bytes.isEmpty, bytes.count <= maximumTokenLength, !bytes.contains(UInt8(ascii: " ")) else {
            return nil
        }
        return String(Substring(bytes))
    }
}
