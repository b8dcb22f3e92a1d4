import Consortium
import Orbits
import Storage

/// The body of `POST /api/v1/tokens`: for whom (yourself when absent), what for, until when.
struct TokenRequest: Codable, Sendable {
    var user: User.ID?
    var label: String
    var expiresAt: Instant?
}

/// A token as listed: its handle, owner, label and dates; never the secret nor its hash.
struct TokenView: Codable, Sendable, Hashable {
    var id: String
    var user: User.ID
    var label: String
    var createdAt: Instant
    var expiresAt: Instant?
    var revokedAt: Instant?

    /// The public part of a stored token.
    init(_ token: APIToken) {
        id = token.id
        user = token.user
        label = token.label
        createdAt = token.createdAt
        expiresAt = token.expiresAt
        revokedAt = token.revokedAt
    }
}

/// A token just made: the listed fields plus the secret, which is shown this once.
struct CreatedToken: Codable, Sendable {
    var id: String
    var user: User.ID
    var label: String
    var createdAt: Instant
    var expiresAt: Instant?
    var secret: String
}

/// The tokens of one user.
struct TokenList: Codable, Sendable {
    var items: [TokenView]
}

/// `GET /api/v1/me`: who the token authenticates.
struct MeBody: Codable, Sendable {
    var user: User.ID
    var name: String
    var partner: Partner.ID
    var role: Role
}

/// `GET /health`: the server answers and the database does too.
struct HealthBody: Codable, Sendable {
    var status: String
    var database: String
}
