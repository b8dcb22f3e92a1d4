import Consortium
import Testing

@testable import Storage

/// Transactions: all or nothing, savepoints inside, the generation counter, concurrent writers.
extension StorageBehaviourTests {
    /// An error thrown by a transaction's body.
    struct Abandoned: Error, Equatable {}

    @Test(arguments: Backend.selected)
    func aFailedImportWritesNothing(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let roscosmos = Partner(
                id: "roscosmos", name: "State Space Corporation Roscosmos", shortName: "Roscosmos", kind: .agency,
                country: CountryCode(rawValue: "RU")!)
            _ = try await repository.create(roscosmos)
            // Takes the id of the snapshot's last record, so the import fails on its very last insert.
            _ = try await repository.create(
                User(id: "consortium-admin", name: "TsUP", partner: "roscosmos", role: .viewer))
            let generation = try await repository.generation()
            let error = await #expect(throws: StorageError.self) {
                try await repository.importSnapshot(Fixtures.snapshot)
            }
            #expect(error?.code == .conflict)
            #expect(error?.field == "users[consortium-admin].id")
            #expect(try await ids(repository, Partner.self) == ["roscosmos"])
            #expect(try await ids(repository, Station.self) == [])
            #expect(try await ids(repository, Spacecraft.self) == [])
            #expect(try await ids(repository, Agreement.self) == [])
            #expect(try await ids(repository, Mission.self) == [])
            #expect(try await ids(repository, User.self) == ["consortium-admin"])
            #expect(try await repository.generation() == generation)
            // A snapshot that breaks its own rules is refused before anything is tried.
            var broken = Fixtures.snapshot
            broken.users.append(User(id: "ghost", name: "Ghost", partner: "nobody", role: .viewer))
            let invalid = await #expect(throws: StorageError.self) { try await repository.importSnapshot(broken) }
            #expect(invalid?.code == .invalid)
            #expect(invalid?.field == "users[ghost].partner")
        }
    }

    @Test(arguments: Backend.selected)
    func aThrowingTransactionBodyWritesNothing(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            await #expect(throws: Abandoned.self) {
                try await repository.transaction { writer in
                    _ = try await writer.create(Fixtures.nasa)
                    _ = try await writer.create(Fixtures.goldstone)
                    #expect(try await writer.get(Station.self, id: "dsn-goldstone") != nil, "visible inside")
                    throw Abandoned()
                }
            }
            #expect(try await repository.isEmpty())
            #expect(try await repository.get(Station.self, id: "dsn-goldstone") == nil)

            let count = try await repository.transaction { writer in
                _ = try await writer.create(Fixtures.nasa)
                // A failed write inside a transaction is undone alone; the transaction goes on.
                let duplicate = await #expect(throws: StorageError.self) { try await writer.create(Fixtures.nasa) }
                #expect(duplicate?.code == .conflict)
                let missing = await #expect(throws: StorageError.self) {
                    try await writer.delete(Partner.self, id: "esa")
                }
                #expect(missing?.code == .notFound)
                _ = try await writer.create(Fixtures.goldstone)
                let inUse = await #expect(throws: StorageError.self) {
                    try await writer.delete(Partner.self, id: "nasa")
                }
                #expect(inUse?.code == .inUse)
                return try await writer.all(Station.self).count
            }
            #expect(count == 1)
            #expect(try await ids(repository, Partner.self) == ["nasa"])
            #expect(try await ids(repository, Station.self) == ["dsn-goldstone"])
        }
    }

    @Test(arguments: Backend.selected)
    func generationCountsPolicyChanges(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            #expect(try await repository.generation() == 0)
            try await repository.importSnapshot(
                RegistrySnapshot(
                    partners: Fixtures.partners, stations: Fixtures.stations, spacecraft: Fixtures.spacecraft))
            #expect(try await repository.generation() == 0, "partners, stations and spacecraft do not count")
            _ = try await repository.create(Fixtures.issIGA)
            #expect(try await repository.generation() == 1)
            _ = try await repository.create(Fixtures.hubbleMission)
            _ = try await repository.create(Fixtures.esaOperator)
            #expect(try await repository.generation() == 3)
            let (token, _) = APIToken.issue(for: "esa-ops", label: "tests", at: Fixtures.noon)
            try await repository.createToken(token)
            try await repository.revokeToken(id: token.id, of: "esa-ops", at: Fixtures.noon)
            #expect(try await repository.generation() == 5)
            try await repository.delete(Mission.self, id: "hubble")
            #expect(try await repository.generation() == 6)
            try await repository.delete(Spacecraft.self, id: "hst")
            #expect(try await repository.generation() == 6)
        }
    }

    @Test(arguments: Backend.selected)
    func concurrentWritersAllCommit(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            _ = try await repository.create(Fixtures.ksat)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        let station = Station(
                            id: Station.ID(rawValue: "ksat-site-\(index)")!, name: "KSAT site \(index)", owner: "ksat",
                            latitude: Double(index) - 20, longitude: 10, heightMeters: 0)
                        _ = try await repository.create(station)
                        _ = try await repository.list(
                            Station.self, scope: .all, filter: ListFilter(), page: PageRequest())
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await repository.all(Station.self).count == 40)
        }
    }
}
