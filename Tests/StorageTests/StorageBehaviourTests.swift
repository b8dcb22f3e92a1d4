import Consortium
import Foundation
import Orbits
import Testing

@testable import Storage

/// The storage behaviour suite: every test runs on SQLite and on PostgreSQL (see `Backend`),
/// each on a fresh database of its own. This file: create, get, update and delete of every kind.
@Suite("Storage behaviour")
struct StorageBehaviourTests {
    /// Reports, as a skipped test, that PostgreSQL is not configured outside CI.
    @Test(.enabled(if: Backend.postgresURL != nil || Backend.isCI, Comment(rawValue: Backend.missingPostgresMessage)))
    func postgresConfigured() throws {
        try #require(Backend.postgresURL != nil, Comment(rawValue: "\(Backend.postgresVariable) is required in CI"))
    }

    @Test(arguments: Backend.selected)
    func everyKindRoundTrips(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            #expect(try await repository.isEmpty())
            for partner in Fixtures.partners { try await roundTrip(repository, partner) }
            for station in Fixtures.stations { try await roundTrip(repository, station) }
            for spacecraft in Fixtures.spacecraft { try await roundTrip(repository, spacecraft) }
            for agreement in Fixtures.agreements { try await roundTrip(repository, agreement) }
            for mission in Fixtures.missions { try await roundTrip(repository, mission) }
            for user in Fixtures.users { try await roundTrip(repository, user) }
            #expect(try await !repository.isEmpty())

            var station = Fixtures.goldstone
            station.antennas.append(Station.Antenna(name: "DSS-24", diameterMeters: 34, bands: [.S, .X, .Ka]))
            try await updateRoundTrip(repository, station)
            var spacecraft = Fixtures.iss
            spacecraft.status = .degraded
            try await updateRoundTrip(repository, spacecraft)
            var agreement = Fixtures.issIGA
            agreement.notes = "Common-systems operating cost shares per the IGA."
            try await updateRoundTrip(repository, agreement)
            var mission = Fixtures.hubbleMission
            mission.status = .completed
            try await updateRoundTrip(repository, mission)
            var user = Fixtures.esaOperator
            user.role = .viewer
            try await updateRoundTrip(repository, user)
            var partner = Fixtures.esa
            partner.contacts = [Contact(name: "ESOC ground operations", role: "Scheduling", email: "ops@esa.int")]
            try await updateRoundTrip(repository, partner)

            // Deleting in dependency order empties the registry.
            for user in Fixtures.users { try await deleteGone(repository, User.self, user.id) }
            for mission in Fixtures.missions { try await deleteGone(repository, Mission.self, mission.id) }
            for agreement in Fixtures.agreements { try await deleteGone(repository, Agreement.self, agreement.id) }
            for spacecraft in Fixtures.spacecraft { try await deleteGone(repository, Spacecraft.self, spacecraft.id) }
            for station in Fixtures.stations { try await deleteGone(repository, Station.self, station.id) }
            for partner in Fixtures.partners { try await deleteGone(repository, Partner.self, partner.id) }
            #expect(try await repository.isEmpty())
        }
    }

    @Test(arguments: Backend.selected)
    func storedRecordsKeepOptionalFieldsAndTimestamps(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let before = DocumentCoder.now()
            try await repository.importSnapshot(Fixtures.snapshot)
            let htv = try #require(try await repository.get(Spacecraft.self, id: "htv-x1"))
            #expect(htv.value.noradID == nil && htv.value.cosparID == nil && htv.value.orbit == nil)
            let awarua = try #require(try await repository.get(Station.self, id: "ksat-awarua"))
            #expect(awarua.value.network == nil)
            #expect(awarua.createdAt >= before && awarua.createdAt <= DocumentCoder.now())
            let iss = try #require(try await repository.get(Spacecraft.self, id: "iss"))
            // The orbit text is kept verbatim and still yields the TLE's epoch (day 078.129585 of 2026).
            #expect(iss.value.orbit?.text == Fixtures.issTLE)
            let epoch = try #require(try iss.value.orbit?.meanElements().epoch)
            #expect(abs(epoch.days(since: try Instant(iso8601: "2026-03-19T03:06:36.144Z"))) < 1e-6)
            #expect(try await repository.get(Partner.self, id: "roscosmos") == nil)
        }
    }

    /// Creates `value`, reads it back, and checks the stored record.
    func roundTrip<E: Entity>(_ repository: SQLRepository, _ value: E) async throws {
        let created = try await repository.create(value)
        #expect(created.value == value)
        #expect(created.version == 1)
        #expect(created.createdAt == created.updatedAt)
        let read = try #require(try await repository.get(E.self, id: value.id))
        #expect(read == created, "\(E.kind) \(value.id) reads back as stored")
    }

    /// Updates to `value`, reads it back, and checks the version and timestamps.
    func updateRoundTrip<E: Entity>(_ repository: SQLRepository, _ value: E) async throws {
        let before = try #require(try await repository.get(E.self, id: value.id))
        let updated = try await repository.update(value, expectedVersion: before.version)
        #expect(updated.version == before.version + 1)
        #expect(updated.createdAt == before.createdAt)
        #expect(updated.updatedAt >= before.updatedAt)
        let read = try #require(try await repository.get(E.self, id: value.id))
        #expect(read == updated)
        #expect(read.value == value)
        #expect(read.value != before.value)
    }

    /// Deletes a record and checks it is gone and cannot be deleted twice.
    func deleteGone<E: Entity>(_ repository: SQLRepository, _ type: E.Type, _ id: E.ID) async throws {
        try await repository.delete(type, id: id)
        #expect(try await repository.get(type, id: id) == nil)
        let error = await #expect(throws: StorageError.self) { try await repository.delete(type, id: id) }
        #expect(error?.code == .notFound)
    }
}
