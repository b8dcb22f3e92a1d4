import Consortium
import SQLKit
import Testing

@testable import Storage

/// The schema: migrations at open, refusal of newer schemas, durability across reopening.
extension StorageBehaviourTests {
    /// The versions recorded in `schema_migrations`.
    func appliedVersions(_ database: TestDatabase) async throws -> [Int] {
        try await database.raw { sql in
            try await sql.raw("SELECT version FROM schema_migrations ORDER BY version").all()
                .map { try $0.decode(column: "version", as: Int.self) }
        }
    }

    @Test(arguments: Backend.selected)
    func migrationsApplyOnceAndDataSurvivesReopening(_ backend: Backend) async throws {
        let database = try await TestDatabase.make(backend)
        let first = try await database.open()
        try await first.importSnapshot(Fixtures.snapshot)
        let (token, secret) = APIToken.issue(for: "esa-ops", label: "durable", at: Fixtures.noon)
        try await first.createToken(token)
        await first.shutdown()

        let second = try await database.open()
        let known = Migration.all.map(\.version)
        #expect(known == [1, 2, 3, 4, 5], "registry, scheduling, conjunctions, data products, token kinds")
        #expect(try await appliedVersions(database) == known)
        #expect(try await second.all(Spacecraft.self).map(\.value) == Fixtures.spacecraft.sorted { $0.id < $1.id })
        #expect(try await second.get(Agreement.self, id: "iss-iga")?.value == Fixtures.issIGA)
        #expect(
            try await second.principal(forTokenHash: APIToken.hash(secret: secret), at: Fixtures.noon)?.user
                == "esa-ops")
        #expect(try await second.generation() == 8, "7 agreements, missions and users and a token")
        await second.shutdown()

        // A later step is applied once, on top of the first, and recorded.
        let next = Migration.latestVersion + 1
        let addition = Migration(version: next, summary: "test: a notes table") { _ in
            ["CREATE TABLE test_notes (id TEXT PRIMARY KEY, text TEXT NOT NULL)"]
        }
        for _ in 0..<2 {
            let upgraded = try await SQLRepository.open(
                database.location, logger: TestDatabase.logger, migrations: Migration.all + [addition])
            await upgraded.shutdown()
        }
        #expect(try await appliedVersions(database) == known + [next])
        // This program does not know the added version: the upgraded database is refused, and left as it is.
        let error = await #expect(throws: StorageError.self) { try await database.open() }
        #expect(error?.code == .schemaTooNew)
        #expect(error?.detail.contains("schema version \(next)") == true)
        #expect(try await appliedVersions(database) == known + [next])
        await database.remove()
    }

    @Test(arguments: Backend.selected)
    func aDatabaseStampedNewerIsRefused(_ backend: Backend) async throws {
        let database = try await TestDatabase.make(backend)
        try await database.open().shutdown()
        try await database.raw { sql in
            try await sql.raw("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'by a future Concord')")
                .run()
        }
        let error = await #expect(throws: StorageError.self) { try await database.open() }
        #expect(error?.code == .schemaTooNew)
        #expect(error?.detail.contains("99") == true)
        await database.remove()
    }
}
