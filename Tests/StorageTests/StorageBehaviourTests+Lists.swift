import Consortium
import Foundation
import Testing

@testable import Storage

/// Lists: read scopes, every filter field, cursor pagination and refused filters.
extension StorageBehaviourTests {
    /// The ids of one page of `type` in `scope` matching `filter`.
    func ids<E: Entity>(
        _ repository: SQLRepository, _ type: E.Type, scope: ReadScope = .all, _ filter: [String: String] = [:]
    ) async throws -> [String] {
        try await repository.list(type, scope: scope, filter: ListFilter(filter), page: PageRequest(limit: 500))
            .items.map(\.value.id.rawValue)
    }

    @Test(arguments: Backend.selected)
    func listsApplyTheReadScope(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            #expect(try await ids(repository, Spacecraft.self) == ["hst", "htv-x1", "iss", "sentinel-2a"])
            #expect(
                try await ids(repository, Spacecraft.self, scope: .restricted(owners: ["esa"], ids: ["hst"]))
                    == ["hst", "sentinel-2a"])
            #expect(try await ids(repository, Spacecraft.self, scope: .restricted(owners: [], ids: [])) == [])
            #expect(
                try await ids(repository, Station.self, scope: .restricted(owners: ["ksat"], ids: ["dsn-goldstone"]))
                    == ["dsn-goldstone", "ksat-awarua", "ksat-prudhoe-bay"])
            // Agreements have no owner: only the listed ids are in scope.
            #expect(
                try await ids(repository, Agreement.self, scope: .restricted(owners: ["nasa"], ids: ["iss-iga"]))
                    == ["iss-iga"])
            #expect(try await ids(repository, Mission.self, scope: .restricted(owners: ["jaxa"], ids: [])) == [])
            #expect(
                try await ids(repository, Mission.self, scope: .restricted(owners: ["nasa"], ids: [])) == [
                    "hubble", "iss-operations",
                ])
            #expect(
                try await ids(repository, User.self, scope: .restricted(owners: ["esa"], ids: []))
                    == ["consortium-admin", "esa-ops"])
            #expect(
                try await ids(repository, Partner.self, scope: .restricted(owners: ["jaxa"], ids: ["csa"])) == [
                    "csa", "jaxa",
                ])
            // Scope and filter together.
            #expect(
                try await ids(
                    repository, Spacecraft.self, scope: .restricted(owners: ["esa"], ids: ["hst"]), ["owner": "nasa"])
                    == ["hst"])
        }
    }

    @Test(arguments: Backend.selected)
    func everyFilterFieldSelects(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            #expect(try await ids(repository, Partner.self, ["kind": "networkOperator"]) == ["ksat"])
            #expect(try await ids(repository, Partner.self, ["country": "JP"]) == ["jaxa"])
            #expect(
                try await ids(repository, Agreement.self, ["kind": "memorandumOfUnderstanding"]) == [
                    "ground-network-mou"
                ])
            #expect(
                try await ids(repository, Agreement.self, ["status": "inForce"]) == ["ground-network-mou", "iss-iga"])
            #expect(try await ids(repository, Agreement.self, ["status": "draft"]) == [])
            #expect(try await ids(repository, Agreement.self, ["party": "csa"]) == ["iss-iga"])
            #expect(
                try await ids(repository, Agreement.self, ["party": "ksat", "status": "inForce"]) == [
                    "ground-network-mou"
                ])
            #expect(try await ids(repository, Mission.self, ["lead": "nasa"]) == ["hubble", "iss-operations"])
            #expect(try await ids(repository, Mission.self, ["status": "completed"]) == [])
            #expect(try await ids(repository, Mission.self, ["participant": "jaxa"]) == ["iss-operations"])
            #expect(try await ids(repository, Mission.self, ["participant": "esa"]) == ["hubble", "iss-operations"])
            #expect(try await ids(repository, Spacecraft.self, ["owner": "nasa"]) == ["hst", "iss"])
            #expect(try await ids(repository, Spacecraft.self, ["status": "planned"]) == ["htv-x1"])
            #expect(try await ids(repository, Spacecraft.self, ["noradID": "25544"]) == ["iss"])
            #expect(try await ids(repository, Spacecraft.self, ["cosparID": "2015-028A"]) == ["sentinel-2a"])
            #expect(try await ids(repository, Station.self, ["owner": "ksat"]) == ["ksat-awarua", "ksat-prudhoe-bay"])
            #expect(try await ids(repository, Station.self, ["network": "DSN"]) == ["dsn-goldstone", "dsn-madrid"])
            #expect(try await ids(repository, User.self, ["partner": "nasa"]) == ["nasa-admin"])
            #expect(try await ids(repository, User.self, ["role": "operator"]) == ["esa-ops"])
            // Updating a mission's contributions updates the participant links.
            var mission = Fixtures.issMission
            mission.contributions.removeLast()
            _ = try await repository.update(mission, expectedVersion: 1)
            #expect(try await ids(repository, Mission.self, ["participant": "esa"]) == ["hubble"])
        }
    }

    @Test(arguments: Backend.selected)
    func unknownFieldsAndMalformedValuesAreRefused(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let field = await #expect(throws: StorageError.self) {
                try await repository.list(
                    Spacecraft.self, scope: .all, filter: ListFilter(["color": "red"]), page: PageRequest())
            }
            #expect(field?.code == .invalidFilter)
            #expect(field?.field == "color")
            #expect(field?.detail.contains("owner, status, noradID, cosparID") == true)
            let party = await #expect(throws: StorageError.self) {
                try await repository.list(
                    Mission.self, scope: .all, filter: ListFilter(["party": "esa"]), page: PageRequest())
            }
            #expect(party?.field == "party")
            let norad = await #expect(throws: StorageError.self) {
                try await repository.list(
                    Spacecraft.self, scope: .all, filter: ListFilter(["noradID": "25544 OR 1=1"]), page: PageRequest())
            }
            #expect(norad?.code == .invalidFilter)
            #expect(norad?.field == "noradID")
            let cursor = await #expect(throws: StorageError.self) {
                try await repository.list(
                    Partner.self, scope: .all, filter: ListFilter(), page: PageRequest(after: "Z'--"))
            }
            #expect(cursor?.code == .invalidFilter)
            #expect(cursor?.field == "after")
        }
    }

    @Test(arguments: Backend.selected)
    func pagesVisitEveryRecordOnce(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            // 23 more KSAT sites on a line of latitude: 27 stations, 25 of them KSAT's.
            for index in 0..<23 {
                let station = Station(
                    id: Station.ID(rawValue: "ksat-site-\(index)")!, name: "KSAT site \(index)", owner: "ksat",
                    network: "KSAT", latitude: 60, longitude: Double(index * 15 - 170), heightMeters: 0)
                _ = try await repository.create(station)
            }
            for (limit, filter, expected) in [
                (9, [:], 27), (5, ["owner": "ksat"], 25), (27, [:], 27), (1, ["network": "DSN"], 2),
            ] {
                var seen: [String] = []
                var after: String?
                var pages = 0
                repeat {
                    let page = try await repository.list(
                        Station.self, scope: .all, filter: ListFilter(filter),
                        page: PageRequest(limit: limit, after: after))
                    #expect(page.items.count <= limit)
                    seen += page.items.map(\.value.id.rawValue)
                    after = page.nextCursor
                    if after != nil { #expect(page.items.count == limit && after == seen.last) }
                    pages += 1
                } while after != nil && pages < 100
                #expect(seen.count == expected)
                #expect(Set(seen).count == expected, "every record once")
                #expect(seen == seen.sorted(), "ordered by id")
                #expect(pages == (expected + limit - 1) / limit)
            }
        }
    }
}

/// Lists of undecoded documents.
extension StorageBehaviourTests {
    @Test(arguments: Backend.selected)
    func documentListsMatchDecodedLists(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            var spacecraft = Fixtures.iss
            spacecraft.status = .degraded
            _ = try await repository.update(spacecraft, expectedVersion: 1)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let scope = ReadScope.restricted(owners: ["nasa"], ids: ["sentinel-2a"])
            var after: String?
            var seen: [String] = []
            repeat {
                let request = PageRequest(limit: 2, after: after)
                let typed = try await repository.list(
                    Spacecraft.self, scope: scope, filter: ListFilter(), page: request)
                let raw = try await repository.listDocuments(
                    Spacecraft.self, scope: scope, filter: ListFilter(), page: request)
                #expect(raw.nextCursor == typed.nextCursor)
                #expect(raw.items.map(\.id) == typed.items.map(\.value.id.rawValue))
                for (document, record) in zip(raw.items, typed.items) {
                    #expect(document.version == record.version)
                    #expect(document.createdAt == record.createdAt && document.updatedAt == record.updatedAt)
                    let decoded = try JSONDecoder().decode(Spacecraft.self, from: Data(document.json.utf8))
                    #expect(decoded == record.value)
                    #expect(String(document.json) == String(decoding: try encoder.encode(record.value), as: UTF8.self))
                }
                seen += raw.items.map(\.id)
                after = raw.nextCursor
            } while after != nil
            #expect(seen == ["hst", "iss", "sentinel-2a"])
            #expect(
                try await repository.listDocuments(
                    Spacecraft.self, scope: .all, filter: ListFilter(["noradID": "25544"]), page: PageRequest()
                )
                .items.first?.version == 2)
            let refused = await #expect(throws: StorageError.self) {
                try await repository.listDocuments(
                    Station.self, scope: .all, filter: ListFilter(["party": "nasa"]), page: PageRequest())
            }
            #expect(refused?.code == .invalidFilter)
        }
    }
}

/// Reads see writes made through another repository on the same database (another process).
extension StorageBehaviourTests {
    @Test(arguments: Backend.selected)
    func readsSeeAnotherRepositorysWrites(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, database in
            try await repository.importSnapshot(Fixtures.snapshot)
            let before = try await repository.list(Station.self, scope: .all, filter: ListFilter(), page: PageRequest())
            #expect(before.items.first(where: { $0.value.id == "dsn-madrid" })?.value.network == "DSN")
            let other = try await database.open()
            var madrid = Fixtures.madrid
            madrid.network = "ESTRACK"
            _ = try await other.update(madrid, expectedVersion: 1)
            try await other.delete(Station.self, id: "ksat-awarua")
            _ = try await other.create(Fixtures.awarua)
            await other.shutdown()
            let after = try await repository.list(Station.self, scope: .all, filter: ListFilter(), page: PageRequest())
            #expect(after.items.first(where: { $0.value.id == "dsn-madrid" })?.value.network == "ESTRACK")
            #expect(after.items.first(where: { $0.value.id == "dsn-madrid" })?.version == 2)
            let awarua = try #require(after.items.first(where: { $0.value.id == "ksat-awarua" }))
            let earlier = try #require(before.items.first(where: { $0.value.id == "ksat-awarua" }))
            #expect(awarua.createdAt > earlier.createdAt, "the re-created record, not the cached one")
        }
    }
}
