import Foundation
import Logging
import SQLKit
import Testing

@testable import Storage

/// A fresh, empty database for one test, removed afterwards: an SQLite file in its own
/// temporary directory, or a PostgreSQL database created on the test server for the test.
struct TestDatabase: Sendable {
    /// The backend.
    let backend: Backend
    /// Where the database is (open it again to test reopening).
    let location: DatabaseLocation
    /// What removes it.
    private let cleanup: @Sendable () async -> Void

    /// A logger that stays quiet unless something is wrong.
    static let logger: Logger = {
        var logger = Logger(label: "concord.storage.tests")
        logger.logLevel = .warning
        return logger
    }()

    /// Makes an empty database on `backend`.
    static func make(_ backend: Backend) async throws -> TestDatabase {
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("concord-storage-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("registry.sqlite").path
            return TestDatabase(backend: backend, location: .sqliteFile(path: path)) {
                try? FileManager.default.removeItem(at: directory)
            }
        case .postgres:
            guard let base = Backend.postgresURL else {
                // Only reached in CI (`Backend.selected`): a missing server fails the case.
                throw StorageError(
                    .invalidLocation, field: Backend.postgresVariable,
                    detail: "\(Backend.postgresVariable) is required in CI: the storage suite must run on PostgreSQL")
            }
            let name = "concord_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await administer(base) { database in
                try await database.raw("CREATE DATABASE \(ident: name)").run()
            }
            let url = try #require(PostgresURL.replacingDatabase(in: base, with: name))
            return TestDatabase(backend: backend, location: .postgres(url: url)) {
                try? await administer(base) { database in
                    try await database.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                }
            }
        }
    }

    /// Removes the database (for tests that open it themselves).
    func remove() async {
        await cleanup()
    }

    /// Opens the database (migrating it) with the repository's public entry point.
    func open() async throws -> SQLRepository {
        try await SQLRepository.open(location, logger: Self.logger)
    }

    /// Runs `body` with a fresh database's repository, then shuts it down and removes the database.
    static func with<T: Sendable>(
        _ backend: Backend, _ body: (SQLRepository, TestDatabase) async throws -> T
    ) async throws -> T {
        let database = try await make(backend)
        do {
            let repository = try await database.open()
            do {
                let result = try await body(repository, database)
                await repository.shutdown()
                await database.cleanup()
                return result
            } catch {
                await repository.shutdown()
                throw error
            }
        } catch {
            await database.cleanup()
            throw error
        }
    }

    /// Runs raw SQL on the database (to stamp a schema version, to count rows).
    func raw<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connections = try SQLRepository.connect(location, logger: Self.logger)
        do {
            let result = try await connections.withConnection { database, _ in try await body(database) }
            await connections.shutdown()
            return result
        } catch {
            await connections.shutdown()
            throw error
        }
    }

    /// Runs `body` on the server's maintenance connection (database `postgres`).
    private static func administer(
        _ base: String, _ body: @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        let url = try #require(PostgresURL.replacingDatabase(in: base, with: "postgres"))
        let connections = try SQLRepository.connect(.postgres(url: url), logger: logger)
        do {
            try await connections.withConnection { database, _ in try await body(database) }
            await connections.shutdown()
        } catch {
            await connections.shutdown()
            throw error
        }
    }
}
