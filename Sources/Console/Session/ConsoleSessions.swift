import Consortium
import Crypto
import Foundation
import Orbits
import Server
import Storage

/// The console's sign-in sessions and one-time sign-in links, stored beside the API tokens
/// (`api_tokens`) with their own `TokenKind`, so that their secrets are kept the same way (only
/// the SHA-256, with an expiry, revocable) but each is accepted in one place only.
///
/// - A **session** (`TokenKind.consoleSession`) is labelled `console session; lang=<code>` and
///   lives `sessionLifetimeSeconds`; its secret is the `concord_session` cookie (HttpOnly,
///   SameSite=Strict, Path=/). Signing out revokes it. The label keeps the user's language, so
///   the next sign-in starts in it.
/// - A **sign-in link** (`TokenKind.signInLink`) is labelled `console sign-in link`, lives ten
///   minutes and is spent on first use (`concord serve` prints one for the demo administrator).
///
/// The API refuses both as bearer tokens and does not list them in `GET /api/v1/tokens`; the
/// console refuses an API token as a session cookie or as a link.
struct ConsoleSessions: Sendable {
    /// The store of tokens and users.
    let repository: any Repository
    /// The server's clock (expiry is judged on it).
    let clock: ServerClock

    /// The session cookie's name.
    static let sessionCookie = "concord_session"
    /// The language cookie's name.
    static let languageCookie = "concord_lang"
    /// The cookie of the sign-in form's CSRF token (a session does not exist yet).
    static let signInCookie = "concord_signin"
    /// How long a session lasts, seconds (12 h: one working day).
    static let sessionLifetimeSeconds = 12 * 3600
    /// How long a sign-in link lasts, seconds.
    static let linkLifetimeSeconds = 600
    /// The label prefix of session tokens.
    static let sessionLabel = "console session"
    /// The label of sign-in link tokens.
    static let linkLabel = "console sign-in link"

    /// A session that a request presented and that is valid now.
    struct Current: Sendable {
        /// Who is signed in.
        var principal: Principal
        /// The session's secret (from the cookie).
        var secret: String
    }

    /// The valid session of `secret` (the cookie's value), or `nil` (also for the secret of an
    /// API token or of a sign-in link: only a session is a session).
    func current(secret: String?) async throws(StorageError) -> Current? {
        guard let secret, Self.isWellFormed(secret) else { return nil }
        guard
            let principal = try await repository.principal(
                forTokenHash: APIToken.hash(secret: secret), kind: .consoleSession, at: clock.now())
        else { return nil }
        return Current(principal: principal, secret: secret)
    }

    /// Starts a session of `user` that remembers `language`; returns the cookie's secret.
    func start(for user: User.ID, language: ConsoleLanguage) async throws(StorageError) -> String {
        let now = clock.now()
        let issued = APIToken.issue(
            for: user, label: "\(Self.sessionLabel); lang=\(language.rawValue)", at: now,
            expiresAt: now.adding(seconds: Double(Self.sessionLifetimeSeconds)), kind: .consoleSession)
        try await repository.createToken(issued.token)
        return issued.secret
    }

    /// Ends the session of `secret` (revokes it); nothing when it is unknown.
    func end(secret: String, of user: User.ID) async throws(StorageError) {
        let hash = APIToken.hash(secret: secret)
        guard
            let token = try await repository.tokens(of: user, kind: .consoleSession).first(where: {
                $0.secretHash == hash
            })
        else { return }
        try await repository.revokeToken(id: token.id, of: user, kind: .consoleSession, at: clock.now())
    }

    /// The language of the user's latest console session, if it had one.
    func rememberedLanguage(of user: User.ID) async throws(StorageError) -> ConsoleLanguage? {
        // Oldest first; among sessions made at the same instant, the one still valid wins (a
        // language switch revokes the session it replaces).
        let sessions = try await repository.tokens(of: user, kind: .consoleSession)
            .sorted { ($0.createdAt, $0.revokedAt == nil ? 1 : 0) < ($1.createdAt, $1.revokedAt == nil ? 1 : 0) }
        guard let latest = sessions.last,
            let range = latest.label.range(of: "lang=")
        else { return nil }
        return ConsoleLanguage(rawValue: String(latest.label[range.upperBound...].prefix(2)))
    }

    /// Makes a one-time sign-in link secret for `user`, valid for ten minutes.
    func issueLink(for user: User.ID) async throws(StorageError) -> String {
        let now = clock.now()
        let issued = APIToken.issue(
            for: user, label: Self.linkLabel, at: now, expiresAt: now.adding(seconds: Double(Self.linkLifetimeSeconds)),
            kind: .signInLink)
        try await repository.createToken(issued.token)
        return issued.secret
    }

    /// Spends a sign-in link: the principal it names, or `nil` when it is unknown, expired,
    /// spent, or not a link (API tokens and sessions are never accepted in a URL). Spending is
    /// one statement, so a link opened twice at once starts one session.
    func redeemLink(_ code: String) async throws(StorageError) -> Principal? {
        guard Self.isWellFormed(code) else { return nil }
        return try await repository.redeemToken(
            forTokenHash: APIToken.hash(secret: code), kind: .signInLink, at: clock.now()
        )?.principal
    }

    /// The CSRF token of a session: an HMAC of a fixed text under the session's secret, so it
    /// needs no storage and differs per session.
    static func csrfToken(forSecret secret: String) -> String {
        let key = SymmetricKey(data: Array(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Array("concord console csrf v1".utf8), using: key)
        return mac.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// A random token for the sign-in form (double-submitted in a cookie and a hidden field).
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in
            String(UInt8.random(in: .min ... .max, using: &generator), radix: 16).leftPadded(to: 2)
        }
        .joined()
    }

    /// Whether two tokens are equal, in time independent of where they differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// Whether `secret` looks like a Concord secret (`concord_` and base64url, at most 256 bytes).
    static func isWellFormed(_ secret: String) -> Bool {
        secret.utf8.count <= 256 && secret.hasPrefix("concord_")
            && secret.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
