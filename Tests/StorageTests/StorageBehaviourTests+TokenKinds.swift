import Consortium
import Orbits
import SQLKit
import Testing

@testable import Storage

/// Token kinds (schema version 5): an API token, a console session and a sign-in link are each
/// found only under their own kind, and migration 5 gives the console's labelled rows their kind.
extension StorageBehaviourTests {
    /// The principal of `Fixtures.esaOperator`.
    static let esaOperator = Principal(user: "esa-ops", partner: "esa", role: .operator)

    @Test(arguments: Backend.selected)
    func eachKindIsFoundOnlyUnderItsKind(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let expiry = Fixtures.noon.adding(seconds: 3600)
            var secrets: [TokenKind: String] = [:]
            var ids: [TokenKind: String] = [:]
            for kind in TokenKind.allCases {
                let (token, secret) = APIToken.issue(
                    for: "esa-ops", label: "a \(kind.rawValue)", at: Fixtures.noon, expiresAt: expiry, kind: kind)
                try await repository.createToken(token)
                secrets[kind] = secret
                ids[kind] = token.id
            }
            for stored in TokenKind.allCases {
                let hash = APIToken.hash(secret: secrets[stored]!)
                for asked in TokenKind.allCases {
                    let principal = try await repository.principal(forTokenHash: hash, kind: asked, at: Fixtures.noon)
                    #expect(
                        (principal == Self.esaOperator) == (stored == asked),
                        "a \(stored) looked up as a \(asked)")
                }
                #expect(
                    try await repository.tokens(of: "esa-ops", kind: stored).map(\.id) == [ids[stored]!],
                    "the \(stored) list")
                #expect(try await repository.tokens(of: "esa-ops", kind: stored).first?.kind == stored)
            }
            // Without a kind, the API's view: API tokens only.
            #expect(try await repository.tokens(of: "esa-ops").map(\.id) == [ids[.api]!])
            #expect(
                try await repository.principal(
                    forTokenHash: APIToken.hash(secret: secrets[.consoleSession]!), at: Fixtures.noon) == nil)
            // A session is not revoked as an API token (the API's DELETE), only as a session.
            let wrongKind = await #expect(throws: StorageError.self) {
                try await repository.revokeToken(id: ids[.consoleSession]!, of: "esa-ops", at: Fixtures.noon)
            }
            #expect(wrongKind?.code == .notFound)
            let before = try await repository.generation()
            try await repository.revokeToken(
                id: ids[.consoleSession]!, of: "esa-ops", kind: .consoleSession, at: Fixtures.noon)
            #expect(
                try await repository.principal(
                    forTokenHash: APIToken.hash(secret: secrets[.consoleSession]!), kind: .consoleSession,
                    at: Fixtures.noon) == nil)
            #expect(try await repository.generation() == before, "sessions do not drop the API's caches")
            #expect(
                try await repository.principal(forTokenHash: APIToken.hash(secret: secrets[.api]!), at: Fixtures.noon)
                    == Self.esaOperator)
        }
    }

    @Test(arguments: Backend.selected)
    func aLinkIsRedeemedOnceBeforeItsExpiryAndOnlyAsALink(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let expiry = Fixtures.noon.adding(seconds: 600)
            let (link, secret) = APIToken.issue(
                for: "esa-ops", label: "console sign-in link", at: Fixtures.noon, expiresAt: expiry, kind: .signInLink)
            try await repository.createToken(link)
            let hash = APIToken.hash(secret: secret)
            #expect(try await repository.redeemToken(forTokenHash: hash, kind: .api, at: Fixtures.noon) == nil)
            #expect(
                try await repository.redeemToken(forTokenHash: hash, kind: .signInLink, at: expiry) == nil,
                "expired at its expiry")
            let grant = try await repository.redeemToken(
                forTokenHash: hash, kind: .signInLink, at: expiry.adding(seconds: -1))
            #expect(grant?.principal == Self.esaOperator)
            #expect(grant?.expiresAt == expiry)
            #expect(try await repository.redeemToken(forTokenHash: hash, kind: .signInLink, at: Fixtures.noon) == nil)
            #expect(
                try await repository.tokens(of: "esa-ops", kind: .signInLink).first?.revokedAt
                    == expiry.adding(seconds: -1))
        }
    }

    @Test(arguments: Backend.selected)
    func migrationFiveGivesTheConsolesLabelledRowsTheirKind(_ backend: Backend) async throws {
        let database = try await TestDatabase.make(backend)
        let version4 = Array(Migration.all.prefix { $0.version <= 4 })
        #expect(version4.map(\.version) == [1, 2, 3, 4])
        let old = try await SQLRepository.open(database.location, logger: TestDatabase.logger, migrations: version4)
        try await old.importSnapshot(Fixtures.snapshot)
        await old.shutdown()
        let expiry = DocumentCoder.timestamp(Fixtures.noon.adding(days: 1))
        let created = DocumentCoder.timestamp(Fixtures.noon)
        // Rows as the console wrote them before version 5, and API tokens.
        let rows: [(label: String, expires: String?, expected: TokenKind)] = [
            ("console session; lang=fr", expiry, .consoleSession),
            ("console sign-in link", expiry, .signInLink),
            ("scheduler on ops-host-2", nil, .api),
            ("ci", expiry, .api),
            ("console session; lang=de", nil, .api),  // a user's own label, without the console's expiry
            ("console sign-in link (old)", expiry, .api),
        ]
        var secrets: [String] = []
        for (index, row) in rows.enumerated() {
            let secret = "concord_migration-test-\(index)"
            secrets.append(secret)
            let id = "tok-000000000000000\(index)"
            let hash = APIToken.hash(secret: secret)
            try await database.raw { sql in
                try await sql.raw(
                    """
                    INSERT INTO api_tokens (id, user_id, label, secret_hash, created_at, expires_at) \
                    VALUES (\(bind: id), 'esa-ops', \(bind: row.label), \(bind: hash), \(bind: created), \
                    \(bind: row.expires))
                    """
                ).run()
            }
        }
        let upgraded = try await database.open()
        #expect(try await appliedVersions(database) == [1, 2, 3, 4, 5])
        for (index, row) in rows.enumerated() {
            let hash = APIToken.hash(secret: secrets[index])
            for kind in TokenKind.allCases {
                let found = try await upgraded.principal(forTokenHash: hash, kind: kind, at: Fixtures.noon) != nil
                #expect(found == (kind == row.expected), "'\(row.label)' as \(kind)")
            }
        }
        for kind in TokenKind.allCases {
            let labels = try await upgraded.tokens(of: "esa-ops", kind: kind).map(\.label).sorted()
            #expect(labels == rows.filter { $0.expected == kind }.map(\.label).sorted(), "\(kind)")
        }
        await upgraded.shutdown()
        await database.remove()
    }
}
