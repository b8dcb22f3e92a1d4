import Consortium
import Crypto
import Orbits

/// An API token as stored: who it belongs to and the SHA-256 of its secret, never the secret.
///
/// The secret (`concord_` + 43 characters of base64url, 256 random bits) is shown once, when the
/// token is made; a request presents it as `Authorization: Bearer <secret>`, and the server looks
/// the token up by the hash. A leaked database therefore leaks no usable token.
///
/// The same record keeps the console's sessions and sign-in links, told apart by `kind`: a
/// secret is accepted only where its kind is (`Repository.grant(forTokenHash:kind:at:)`).
public struct APIToken: Sendable, Hashable, Codable {
    /// A public handle for listing and revoking, e.g. `tok-3f9a1c0d2b7e4a55`.
    public var id: String
    /// The owner.
    public var user: User.ID
    /// What it is for, e.g. `scheduler on ops-host-2`.
    public var label: String
    /// Lower-case hex SHA-256 of the secret.
    public var secretHash: String
    /// When it was made.
    public var createdAt: Instant
    /// When it stops working, if ever.
    public var expiresAt: Instant?
    /// When it was revoked, if it was.
    public var revokedAt: Instant?
    /// What the secret is for: an API token, a console session or a sign-in link.
    public var kind: TokenKind

    /// Creates a token record.
    public init(
        id: String, user: User.ID, label: String, secretHash: String, createdAt: Instant,
        expiresAt: Instant? = nil, revokedAt: Instant? = nil, kind: TokenKind = .api
    ) {
        self.id = id
        self.user = user
        self.label = label
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.kind = kind
    }

    /// Makes a new token of `kind` for `user`: the record to store and the secret to show once.
    public static func issue(
        for user: User.ID, label: String, at time: Instant, expiresAt: Instant? = nil, kind: TokenKind = .api
    ) -> (token: APIToken, secret: String) {
        var generator = SystemRandomNumberGenerator()
        let secretBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let idBytes = (0..<8).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secret = "concord_" + base64URL(secretBytes)
        let id = "tok-" + idBytes.map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
        let token = APIToken(
            id: id, user: user, label: label, secretHash: hash(secret: secret), createdAt: time, expiresAt: expiresAt,
            kind: kind)
        return (token, secret)
    }

    /// The lower-case hex SHA-256 of `secret`, as stored and looked up.
    public static func hash(secret: String) -> String {
        SHA256.hash(data: Array(secret.utf8)).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// Whether the token works at `time`.
    public func isValid(at time: Instant) -> Bool {
        revokedAt == nil && (expiresAt.map { time < $0 } ?? true)
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var text = ""
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for position in 0..<(chunk.count + 1) {
                text.append(alphabet[(value >> (18 - 6 * position)) & 63])
            }
            index += 3
        }
        return text
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
