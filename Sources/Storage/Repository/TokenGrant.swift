import Consortium
import Orbits

/// What a valid token grants: the principal it authenticates, and until when.
///
/// Caches of authenticated tokens keep an entry no longer than `expiresAt`, so a token stops
/// working at its expiry even when nothing is written to the database at that moment.
public struct TokenGrant: Sendable, Hashable {
    /// Who the token authenticates.
    public var principal: Principal
    /// When the token stops working, if ever.
    public var expiresAt: Instant?

    /// Creates a grant.
    public init(principal: Principal, expiresAt: Instant?) {
        self.principal = principal
        self.expiresAt = expiresAt
    }
}
