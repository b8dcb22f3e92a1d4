import Consortium
import Testing

@testable import Storage

/// Parsing `--database`: URLs and paths to locations, and clear refusals.
@Suite("Database locations")
struct DatabaseLocationTests {
    @Test(arguments: [
        (
            "postgres://concord:secret@db.example.org:5432/concord",
            DatabaseLocation.postgres(url: "postgres://concord:secret@db.example.org:5432/concord")
        ),
        ("postgresql://concord@127.0.0.1/concord", .postgres(url: "postgresql://concord@127.0.0.1/concord")),
        ("sqlite:///var/lib/concord/concord.sqlite", .sqliteFile(path: "/var/lib/concord/concord.sqlite")),
        ("sqlite://concord.sqlite", .sqliteFile(path: "concord.sqlite")),
        ("sqlite:data/concord.sqlite", .sqliteFile(path: "data/concord.sqlite")),
        ("sqlite::memory:", .sqliteMemory),
        ("concord.sqlite", .sqliteFile(path: "concord.sqlite")),
        (" /tmp/registry.db ", .sqliteFile(path: "/tmp/registry.db")),
    ])
    func parses(_ text: String, _ expected: DatabaseLocation) throws {
        #expect(try DatabaseLocation(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "   ", "mysql://root@localhost/concord", "http://example.org/db", "sqlite://",
        "postgres://host-without-user/db",
    ])
    func refuses(_ text: String) {
        #expect {
            try DatabaseLocation(parsing: text)
        } throws: { error in
            guard let error = error as? StorageError else { return false }
            return error.code == .invalidLocation && error.field == "database"
        }
    }

    @Test func descriptionsHideThePassword() throws {
        let location = try DatabaseLocation(parsing: "postgres://concord:hunter2@db.example.org:5432/concord")
        #expect(location.description == "postgres://concord:***@db.example.org:5432/concord")
        #expect(!String(describing: location).contains("hunter2"))
        #expect(DatabaseLocation.sqliteFile(path: "/tmp/x.sqlite").description == "sqlite:///tmp/x.sqlite")
    }

    @Test func anInMemoryDatabaseWorksOnOneConnection() async throws {
        let repository = try await SQLRepository.open(.sqliteMemory, logger: TestDatabase.logger)
        try await repository.importSnapshot(Fixtures.snapshot)
        #expect(try await repository.all(Partner.self).count == 5)
        await repository.shutdown()
    }
}

/// Opening databases that cannot be reached.
extension DatabaseLocationTests {
    @Test func anUnreachableDatabaseIsADatabaseError() async throws {
        let missingDirectory = DatabaseLocation.sqliteFile(path: "/nonexistent-concord-dir/registry.sqlite")
        let sqlite = await #expect(throws: StorageError.self) {
            try await SQLRepository.open(missingDirectory, logger: TestDatabase.logger)
        }
        #expect(sqlite?.code == .database)
        #expect(sqlite?.detail.contains("open") == true && sqlite?.detail.contains("/nonexistent-concord-dir") == true)
        // Port 1 on loopback: nothing listens there.
        let closedPort = DatabaseLocation.postgres(url: "postgres://concord:secret@127.0.0.1:1/concord?tlsmode=disable")
        let postgres = await #expect(throws: StorageError.self) {
            try await SQLRepository.open(closedPort, logger: TestDatabase.logger)
        }
        #expect(postgres?.code == .database)
        #expect(postgres?.detail.contains("secret") == false, "\(String(describing: postgres))")
        #expect(postgres?.detail.contains("Connection refused") == true)
    }
}
