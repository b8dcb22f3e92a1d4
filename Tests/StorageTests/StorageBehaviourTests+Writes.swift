import Consortium
import Testing

@testable import Storage

/// Write rules: versions, duplicate ids, domain rules, references and deletes in use.
extension StorageBehaviourTests {
    @Test(arguments: Backend.selected)
    func updateChecksTheExpectedVersion(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            _ = try await repository.create(Fixtures.nasa)
            var first = Fixtures.nasa
            first.shortName = "NASA HQ"
            let updated = try await repository.update(first, expectedVersion: 1)
            #expect(updated.version == 2)
            var second = Fixtures.nasa
            second.shortName = "N.A.S.A."
            let error = await #expect(throws: StorageError.self) {
                try await repository.update(second, expectedVersion: 1)
            }
            #expect(error?.code == .versionMismatch)
            #expect(error?.detail.contains("version 2") == true)
            #expect(try await repository.get(Partner.self, id: "nasa")?.value.shortName == "NASA HQ")
            // Without an expected version the update applies to whatever is stored.
            #expect(try await repository.update(second, expectedVersion: nil).version == 3)
            let missing = await #expect(throws: StorageError.self) {
                try await repository.update(Fixtures.esa, expectedVersion: nil)
            }
            #expect(missing?.code == .notFound)
            #expect(try await repository.get(Partner.self, id: "esa") == nil)
        }
    }

    @Test(arguments: Backend.selected)
    func duplicateIdsAndBrokenRulesAreRefused(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            _ = try await repository.create(Fixtures.nasa)
            var twin = Fixtures.esa
            twin = Partner(
                id: "nasa", name: twin.name, shortName: twin.shortName, kind: twin.kind, country: twin.country)
            let duplicate = await #expect(throws: StorageError.self) { try await repository.create(twin) }
            #expect(duplicate?.code == .conflict)
            #expect(duplicate?.field == "id")
            #expect(try await repository.get(Partner.self, id: "nasa")?.value == Fixtures.nasa)

            var blank = Fixtures.esa
            blank.name = "   "
            let invalid = await #expect(throws: StorageError.self) { try await repository.create(blank) }
            #expect(invalid?.code == .invalid)
            #expect(invalid?.field == "name")
            #expect(invalid?.domainError?.code == .invalidText)

            var shares = Fixtures.issIGA
            shares.clauses.networkShares[0].percent = 70
            _ = try await repository.importSnapshot(
                RegistrySnapshot(partners: [Fixtures.esa, Fixtures.jaxa, Fixtures.csa]))
            let sum = await #expect(throws: StorageError.self) { try await repository.create(shares) }
            #expect(sum?.code == .invalid)
            #expect(sum?.field == "clauses.networkShares")
            #expect(try await repository.get(Agreement.self, id: "iss-iga") == nil)
        }
    }

    @Test(arguments: Backend.selected)
    func missingReferencesNameTheField(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            _ = try await repository.importSnapshot(RegistrySnapshot(partners: [Fixtures.nasa, Fixtures.esa]))
            let noOwner = await #expect(throws: StorageError.self) { try await repository.create(Fixtures.htv) }
            #expect(noOwner?.code == .missingReference)
            #expect(noOwner?.field == "owner")
            #expect(noOwner?.detail == "no partner 'jaxa'")

            let noParty = await #expect(throws: StorageError.self) { try await repository.create(Fixtures.issIGA) }
            #expect(noParty?.code == .missingReference)
            #expect(noParty?.field == "parties[2].partner")

            let noSpacecraft = await #expect(throws: StorageError.self) {
                try await repository.create(Fixtures.hubbleMission)
            }
            #expect(noSpacecraft?.code == .missingReference)
            #expect(noSpacecraft?.field == "spacecraft[0]")
            #expect(try await repository.get(Mission.self, id: "hubble") == nil)

            _ = try await repository.create(Fixtures.hubble)
            let user = User(id: "jaxa-ops", name: "Tsukuba operations", partner: "jaxa", role: .operator)
            let noPartner = await #expect(throws: StorageError.self) { try await repository.create(user) }
            #expect(noPartner?.field == "partner")
            // An update is checked the same way.
            var moved = Fixtures.hubble
            moved.owner = "roscosmos"
            let update = await #expect(throws: StorageError.self) {
                try await repository.update(moved, expectedVersion: 1)
            }
            #expect(update?.code == .missingReference)
            #expect(update?.field == "owner")
            #expect(try await repository.get(Spacecraft.self, id: "hst")?.value.owner == "nasa")
        }
    }

    @Test(arguments: Backend.selected)
    func contributedStationMustBelongToItsContributor(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(
                RegistrySnapshot(partners: Fixtures.partners, stations: Fixtures.stations))
            var mou = Fixtures.groundMOU
            // KSAT claims NASA's Madrid complex.
            mou.clauses.stationContributions[1] = Agreement.StationContribution(partner: "ksat", station: "dsn-madrid")
            let error = await #expect(throws: StorageError.self) { try await repository.create(mou) }
            #expect(error?.code == .missingReference)
            #expect(error?.field == "clauses.stationContributions[1].station")
            #expect(error?.detail == "station 'dsn-madrid' belongs to 'nasa', not to 'ksat'")
            #expect(try await repository.get(Agreement.self, id: "ground-network-mou") == nil)
            _ = try await repository.create(Fixtures.groundMOU)
        }
    }

    @Test(arguments: Backend.selected)
    func deletingAReferencedRecordIsRefused(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let partner = await #expect(throws: StorageError.self) {
                try await repository.delete(Partner.self, id: "ksat")
            }
            #expect(partner?.code == .inUse)
            #expect(partner?.detail.contains("station 'ksat-awarua' refers to it (owner)") == true)
            #expect(try await repository.get(Partner.self, id: "ksat") != nil)

            let station = await #expect(throws: StorageError.self) {
                try await repository.delete(Station.self, id: "dsn-goldstone")
            }
            #expect(station?.code == .inUse)
            #expect(station?.detail.contains("agreement 'ground-network-mou'") == true)

            let spacecraft = await #expect(throws: StorageError.self) {
                try await repository.delete(Spacecraft.self, id: "hst")
            }
            #expect(spacecraft?.code == .inUse)
            #expect(spacecraft?.detail.contains("mission 'hubble'") == true)

            // Once the mission no longer flies it, the spacecraft can go.
            var mission = Fixtures.hubbleMission
            mission.spacecraft = []
            _ = try await repository.update(mission, expectedVersion: 1)
            try await repository.delete(Spacecraft.self, id: "hst")
            #expect(try await repository.get(Spacecraft.self, id: "hst") == nil)
            // CSA is a party of the IGA only: the link table blocks the delete.
            let party = await #expect(throws: StorageError.self) {
                try await repository.delete(Partner.self, id: "csa")
            }
            #expect(party?.detail.contains("agreement 'iss-iga' refers to it (parties)") == true)
        }
    }
}
