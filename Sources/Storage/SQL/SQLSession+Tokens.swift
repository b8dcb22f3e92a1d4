import Consortium
import Orbits
import SQLKit

extension SQLSession {
    /// The columns of `api_tokens`, in the order `token(from:)` reads them.
    static let tokenColumns = "id, user_id, label, secret_hash, created_at, expires_at, revoked_at, kind"

    func createToken(_ token: APIToken) async throws(StorageError) {
        guard Identifier<APIToken>.isValid(token.id) else {
            throw StorageError(.invalid, field: "id", detail: "'\(token.id.prefix(80))' is not a token id")
        }
        guard !token.secretHash.isEmpty, token.secretHash.utf8.count <= 128 else {
            throw StorageError(.invalid, field: "secretHash", detail: "a token needs the hash of its secret")
        }
        try await write {
            let user = try await database.raw(
                "SELECT id FROM users WHERE id = \(bind: token.user.rawValue)\(unsafeRaw: dialect.lockForShare)"
            ).first()
            guard user != nil else {
                throw StorageError(.missingReference, field: "user", detail: "no user '\(token.user)'")
            }
            let values: [EntityTable.Bind] = [
                token.id, token.user.rawValue, token.label, token.secretHash,
                DocumentCoder.timestamp(token.createdAt), token.expiresAt.map(DocumentCoder.timestamp),
                token.revokedAt.map(DocumentCoder.timestamp), token.kind.rawValue,
            ]
            do {
                try await database.raw(
                    "INSERT INTO api_tokens (\(unsafeRaw: Self.tokenColumns)) VALUES (\(binds: values))"
                ).run()
            } catch  where DriverError(error) == .uniqueViolation {
                throw StorageError(.conflict, field: "id", detail: "a token with this id or secret exists already")
            }
            // Caches hold principals of API tokens only: sessions and links need not drop them.
            if token.kind == .api { try await bumpGeneration() }
        }
    }

    func tokens(of user: User.ID, kind: TokenKind) async throws(StorageError) -> [APIToken] {
        let rows = try await mapped {
            try await database.raw(
                """
                SELECT \(unsafeRaw: Self.tokenColumns) FROM api_tokens WHERE user_id = \(bind: user.rawValue) \
                AND kind = \(bind: kind.rawValue) ORDER BY created_at, id
                """
            ).all()
        }
        var tokens: [APIToken] = []
        for row in rows {
            tokens.append(try Self.token(from: row))
        }
        return tokens
    }

    func revokeToken(id: String, of user: User.ID, kind: TokenKind, at time: Instant) async throws(StorageError) {
        try await write {
            // A token revoked earlier keeps its first revocation time.
            let rows = try await database.raw(
                """
                UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, \(bind: DocumentCoder.timestamp(time))) \
                WHERE id = \(bind: id) AND user_id = \(bind: user.rawValue) AND kind = \(bind: kind.rawValue) \
                RETURNING id
                """
            ).all()
            guard !rows.isEmpty else {
                throw StorageError(.notFound, field: "id", detail: "user '\(user)' has no token '\(id.prefix(80))'")
            }
            if kind == .api { try await bumpGeneration() }
        }
    }

    /// One indexed join: the token by the unique index on its hash, its user by primary key.
    /// A token of another kind is not found.
    func grant(forTokenHash hash: String, kind: TokenKind, at time: Instant) async throws(StorageError) -> TokenGrant? {
        let row = try await mapped {
            try await database.raw(
                """
                SELECT u.id AS user_id, u.partner_id AS partner_id, u.role AS role, t.expires_at AS expires_at \
                FROM api_tokens t JOIN users u ON u.id = t.user_id \
                WHERE t.secret_hash = \(bind: hash) AND t.kind = \(bind: kind.rawValue) AND t.revoked_at IS NULL \
                AND (t.expires_at IS NULL OR t.expires_at > \(bind: DocumentCoder.timestamp(time)))
                """
            ).first()
        }
        guard let row else { return nil }
        return try Self.grant(from: row)
    }

    /// Revokes the valid token of `kind` with the hash `hash` and returns its grant, in one
    /// `UPDATE … RETURNING` (only one of two concurrent calls finds the token unrevoked).
    func redeemToken(
        forTokenHash hash: String, kind: TokenKind, at time: Instant
    ) async throws(StorageError)
        -> TokenGrant?
    {
        let stamp = DocumentCoder.timestamp(time)
        return try await write {
            let spent = try await database.raw(
                """
                UPDATE api_tokens SET revoked_at = \(bind: stamp) \
                WHERE secret_hash = \(bind: hash) AND kind = \(bind: kind.rawValue) AND revoked_at IS NULL \
                AND (expires_at IS NULL OR expires_at > \(bind: stamp)) RETURNING user_id, expires_at
                """
            ).first()
            guard let spent else { return nil }
            let user = try spent.decode(column: "user_id", as: String.self)
            let holder = try await database.raw(
                "SELECT id AS user_id, partner_id, role FROM users WHERE id = \(bind: user)"
            ).first()
            guard let holder else { return nil }
            if kind == .api { try await bumpGeneration() }
            var grant = try Self.grant(from: holder, expiresColumn: false)
            grant.expiresAt =
                try spent.decodeNil(column: "expires_at")
                ? nil : try DocumentCoder.instant(spent.decode(column: "expires_at", as: String.self))
            return grant
        }
    }

    /// The grant of a row with the columns `user_id`, `partner_id`, `role` and (when
    /// `expiresColumn`) `expires_at`.
    static func grant(from row: any SQLRow, expiresColumn: Bool = true) throws(StorageError) -> TokenGrant {
        do {
            let user = try row.decode(column: "user_id", as: String.self)
            let partner = try row.decode(column: "partner_id", as: String.self)
            let role = try row.decode(column: "role", as: String.self)
            guard let userID = User.ID(rawValue: user), let partnerID = Partner.ID(rawValue: partner),
                let role = Role(rawValue: role)
            else {
                throw StorageError(.database, detail: "the user of a token is stored malformed")
            }
            let expiresAt =
                try !expiresColumn || row.decodeNil(column: "expires_at")
                ? nil : try DocumentCoder.instant(row.decode(column: "expires_at", as: String.self))
            return TokenGrant(principal: Principal(user: userID, partner: partnerID, role: role), expiresAt: expiresAt)
        } catch {
            throw DriverError.storageError(error)
        }
    }

    /// The token of a row selected with `tokenColumns`.
    static func token(from row: any SQLRow) throws(StorageError) -> APIToken {
        do {
            func instant(_ column: String) throws -> Instant? {
                try row.decodeNil(column: column)
                    ? nil : try DocumentCoder.instant(row.decode(column: column, as: String.self))
            }
            let user = try row.decode(column: "user_id", as: String.self)
            guard let userID = User.ID(rawValue: user), let created = try instant("created_at") else {
                throw StorageError(.database, detail: "a stored token is malformed")
            }
            return APIToken(
                id: try row.decode(column: "id", as: String.self), user: userID,
                label: try row.decode(column: "label", as: String.self),
                secretHash: try row.decode(column: "secret_hash", as: String.self), createdAt: created,
                expiresAt: try instant("expires_at"), revokedAt: try instant("revoked_at"),
                kind: try Self.kind(try row.decode(column: "kind", as: String.self)))
        } catch {
            throw DriverError.storageError(error)
        }
    }

    /// The kind stored in `api_tokens.kind`.
    static func kind(_ text: String) throws(StorageError) -> TokenKind {
        guard let kind = TokenKind(rawValue: text) else {
            throw StorageError(
                .database, field: "kind", detail: "a stored token has the unknown kind '\(text.prefix(40))'")
        }
        return kind
    }
}
