import Consortium
import GroundNetwork
import Orbits
import Scheduling
import Testing

@testable import Storage

/// The network's schedule requests and schedules: rules and references on write, scopes in SQL.
extension StorageBehaviourTests {
    static func span(_ start: String, _ end: String) -> TimeSpan {
        TimeSpan(start: try! Instant(iso8601: start), end: try! Instant(iso8601: end))
    }

    static func request(_ id: String, _ partner: Partner.ID, _ craft: Spacecraft.ID, day: Int) -> ScheduleRequest {
        ScheduleRequest(
            id: ScheduleRequest.ID(rawValue: id)!, partner: partner, spacecraft: craft,
            window: span("2026-03-\(day)T00:00:00Z", "2026-03-\(day + 1)T00:00:00Z"), contacts: 3,
            minContactSeconds: 60, priority: .critical)
    }

    @Test(arguments: Backend.selected)
    func scheduleRequestsCheckTheirSpacecraftAndAreScopedByPartner(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let issRequest = Self.request("iss-19", "nasa", "iss", day: 19)
            let stored = try await repository.createScheduleRequest(issRequest, by: "nasa-admin", at: Fixtures.noon)
            #expect(
                stored == StoredScheduleRequest(request: issRequest, createdBy: "nasa-admin", createdAt: Fixtures.noon))
            _ = try await repository.createScheduleRequest(
                Self.request("hst-20", "nasa", "hst", day: 20), by: "nasa-admin", at: Fixtures.noon)
            _ = try await repository.createScheduleRequest(
                Self.request("s2a-19", "esa", "sentinel-2a", day: 19), by: "esa-ops", at: Fixtures.noon)

            // ESA cannot ask for NASA's spacecraft; unknown spacecraft, missions and ids taken.
            let foreign = await #expect(throws: StorageError.self) {
                try await repository.createScheduleRequest(
                    Self.request("x", "esa", "iss", day: 19), by: "esa-ops", at: Fixtures.noon)
            }
            #expect(foreign?.code == .missingReference && foreign?.field == "spacecraft")
            #expect(foreign?.detail.contains("belongs to 'nasa'") == true)
            let unknown = await #expect(throws: StorageError.self) {
                try await repository.createScheduleRequest(
                    Self.request("x", "esa", "nope", day: 19), by: "esa-ops", at: Fixtures.noon)
            }
            #expect(unknown?.code == .missingReference)
            var withMission = Self.request("x", "esa", "sentinel-2a", day: 19)
            withMission.mission = "no-such-mission"
            let mission = await #expect(throws: StorageError.self) {
                try await repository.createScheduleRequest(withMission, by: "esa-ops", at: Fixtures.noon)
            }
            #expect(mission?.field == "mission")
            let taken = await #expect(throws: StorageError.self) {
                try await repository.createScheduleRequest(issRequest, by: "nasa-admin", at: Fixtures.noon)
            }
            #expect(taken?.code == .conflict)
            var reversed = Self.request("y", "esa", "sentinel-2a", day: 19)
            reversed.window.end = reversed.window.start
            let invalid = await #expect(throws: StorageError.self) {
                try await repository.createScheduleRequest(reversed, by: "esa-ops", at: Fixtures.noon)
            }
            #expect(invalid?.code == .invalid && invalid?.field == "window.end")

            // Scopes, filters and pages.
            func ids(
                _ partners: Set<Partner.ID>?, craft: Spacecraft.ID? = nil, span: TimeSpan? = nil
            ) async throws
                -> [String]
            {
                try await repository.scheduleRequests(
                    partners: partners, spacecraft: craft, overlapping: span, page: PageRequest()
                ).items.map(\.request.id.rawValue)
            }
            #expect(try await ids(nil) == ["hst-20", "iss-19", "s2a-19"])
            #expect(try await ids(["esa"]) == ["s2a-19"])
            #expect(try await ids(["nasa"], craft: "hst") == ["hst-20"])
            #expect(try await ids([]) == [])
            let afternoon = Self.span("2026-03-19T12:00:00Z", "2026-03-20T00:00:00Z")
            #expect(try await ids(nil, span: afternoon) == ["iss-19", "s2a-19"], "hst-20 starts at its end")
            let first = try await repository.scheduleRequests(
                partners: nil, spacecraft: nil, overlapping: nil, page: PageRequest(limit: 2))
            #expect(first.items.map(\.request.id.rawValue) == ["hst-20", "iss-19"] && first.nextCursor == "iss-19")
            let rest = try await repository.scheduleRequests(
                partners: nil, spacecraft: nil, overlapping: nil, page: PageRequest(limit: 2, after: "iss-19"))
            #expect(rest.items.map(\.request) == [Self.request("s2a-19", "esa", "sentinel-2a", day: 19)])
            #expect(rest.nextCursor == nil)

            // Deletes are scoped too; a spacecraft's requests go with it.
            let hidden = await #expect(throws: StorageError.self) {
                try await repository.deleteScheduleRequest(id: "iss-19", partners: ["esa"])
            }
            #expect(hidden?.code == .notFound)
            try await repository.deleteScheduleRequest(id: "iss-19", partners: ["nasa"])
            try await repository.delete(Spacecraft.self, id: "sentinel-2a")
            #expect(try await ids(nil) == ["hst-20"])
        }
    }

    static func record(_ id: String, status: ScheduleRecord.Status = .draft) -> ScheduleRecord {
        ScheduleRecord(
            id: id, agreement: "ground-network-mou", horizon: span("2026-03-19T00:00:00Z", "2026-03-20T00:00:00Z"),
            status: status,
            parties: [
                ScheduleRecord.Party(partner: "nasa", manages: true),
                ScheduleRecord.Party(partner: "esa", manages: false),
            ], createdBy: "nasa-admin", createdByPartner: "nasa", createdAt: Fixtures.noon,
            documents: ScheduleRecord.Documents(
                problem: #"{"format":"concord-schedule-problem"}"#, schedule: #"{"contacts":[]}"#,
                metrics: #"{"servedSeconds":0}"#, run: #"{"seed":1}"#))
    }

    @Test(arguments: Backend.selected)
    func schedulesAreDraftsForManagersUntilPublished(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            try await repository.createSchedule(Self.record("sch-0000000000000001"))
            try await repository.createSchedule(Self.record("sch-0000000000000002"))
            let taken = await #expect(throws: StorageError.self) {
                try await repository.createSchedule(Self.record("sch-0000000000000001"))
            }
            #expect(taken?.code == .conflict)
            func ids(_ scope: ScheduleScope, status: ScheduleRecord.Status? = nil) async throws -> [String] {
                try await repository.schedules(scope: scope, agreement: nil, status: status, page: PageRequest())
                    .items.map(\.id)
            }
            let both = ["sch-0000000000000001", "sch-0000000000000002"]
            #expect(try await ids(.all) == both)
            #expect(try await ids(.partner("nasa", drafts: true)) == both, "NASA manages the pool")
            #expect(try await ids(.partner("nasa", drafts: false)) == [], "drafts are not for NASA's other users")
            #expect(try await ids(.partner("esa", drafts: true)) == [], "ESA is a party but manages nothing")
            #expect(try await ids(.partner("ksat", drafts: true)) == [], "KSAT was no party of these")
            #expect(
                try await repository.schedule(id: "sch-0000000000000001", scope: .partner("esa", drafts: true)) == nil)

            let published = try await repository.publishSchedule(
                id: "sch-0000000000000001", at: Fixtures.noon.adding(days: 1))
            #expect(published.status == .published && published.publishedAt == Fixtures.noon.adding(days: 1))
            #expect(published.documents == nil)
            #expect(published.parties == Self.record("x").parties.sorted { $0.partner < $1.partner })
            let again = await #expect(throws: StorageError.self) {
                try await repository.publishSchedule(id: "sch-0000000000000001", at: Fixtures.noon)
            }
            #expect(again?.code == .conflict)
            let missing = await #expect(throws: StorageError.self) {
                try await repository.publishSchedule(id: "sch-ffffffffffffffff", at: Fixtures.noon)
            }
            #expect(missing?.code == .notFound)

            #expect(try await ids(.partner("esa", drafts: false)) == ["sch-0000000000000001"])
            #expect(try await ids(.all, status: .draft) == ["sch-0000000000000002"])
            let read = try #require(
                try await repository.schedule(id: "sch-0000000000000001", scope: .partner("esa", drafts: false)))
            #expect(read.documents == Self.record("x").documents)
            #expect(read.createdBy == "nasa-admin" && read.createdByPartner == "nasa")
            #expect(read.horizon == Self.record("x").horizon)
            let page = try await repository.schedules(
                scope: .all, agreement: "ground-network-mou", status: nil, page: PageRequest(limit: 1))
            #expect(page.items.map(\.id) == ["sch-0000000000000001"] && page.nextCursor == "sch-0000000000000001")
            #expect(
                try await repository.schedules(scope: .all, agreement: "iss-iga", status: nil, page: PageRequest())
                    .items.isEmpty)
        }
    }
}
