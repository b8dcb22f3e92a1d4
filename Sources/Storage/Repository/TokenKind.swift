/// What a stored secret is for. Each kind is accepted in one place only, so that a secret made
/// for one purpose never works for another:
///
/// - `api`: an API token, sent as `Authorization: Bearer <secret>` and accepted by the API (and
///   by the console's sign-in form, which exchanges it for a session);
/// - `consoleSession`: a console session, the `concord_session` cookie, accepted by the console's
///   pages only;
/// - `signInLink`: a one-time console sign-in link, accepted by `/console/sign-in/link` only and
///   spent on first use.
///
/// Stored in `api_tokens.kind` (schema version 5); rows made before it are API tokens, except
/// those the console had labelled as sessions and links, which migration 5 gave their kind.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An API token (the default; `GET /api/v1/tokens` lists only these).
    case api
    /// A console session (the session cookie).
    case consoleSession = "session"
    /// A one-time console sign-in link.
    case signInLink = "link"
}
