import Consortium
import Foundation
import Hummingbird
import Storage

extension AccessCache {
    /// The longest bearer token read, in bytes; Concord's are 51 (`concord_` + 43).
    static let maximumTokenLength = 256

    /// The principal of the request's `Authorization: Bearer <secret>`, or a 401 problem (with
    /// `WWW-Authenticate: Bearer`) when the header is missing, malformed, or names a token that is
    /// unknown, expired or revoked. The answer does not say which, so as not to help guessing.
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
    static func bearerSecret(in header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        guard !secret.isEmpty, secret.utf8.count <= maximumTokenLength, !secret.contains(" ") else { return nil }
        return secret
    }
}
