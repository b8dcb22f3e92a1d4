import Consortium
import Foundation
import Orbits
import Storage
import Testing

@testable import Server

@Suite("Caches: no token query per request, policy rebuilt on writes, generation and day changes")
struct AccessCacheTests {
    @Test("Cached requests cost one list query each: no token look-up, no policy rebuild")
    func cachedRequests() async throws {
        let counter = Box<CountingRepository>()
        let configuration = ServerConfiguration(generationCheckInterval: .seconds(3600))
        let server = try await TestServer.make(configuration: configuration) { store in
            let counting = CountingRepository(store)
            counter.value = counting
            return counting
        }
        let counting = try #require(counter.value)
        try await server.run { client in
            for _ in 0..<20 {
                let listed1 = try await client.ids("/api/v1/spacecraft", as: "esa-viewer")
                #expect(listed1.count == 3)
            }
            #expect(counting.count("principal") == 1)
            #expect(counting.count("generation") == 1)
            #expect(counting.count("all") == 2)  // agreements and missions, once
            #expect(counting.count("list") == 20)
            // A second user costs one more token look-up, nothing else.
            let listed2 = try await client.ids("/api/v1/spacecraft", as: "orbitco-viewer")
            #expect(listed2 == ["orbitco-1"])
            #expect(counting.count("principal") == 2)
            #expect(counting.count("all") == 2)
        }
    }

    @Test("This server's own writes apply to the very next request")
    func ownWrites() async throws {
        let configuration = ServerConfiguration(generationCheckInterval: .seconds(3600))
        let server = try await TestServer.make(configuration: configuration)
        try await server.run { client in
            // OrbitCo sees no agreement; once it joins the IGA it sees the IGA partners' spacecraft.
            let listed3 = try await client.ids("/api/v1/spacecraft", as: "orbitco-viewer")
            #expect(listed3 == ["orbitco-1"])
            var iga = Registry.agreements[0]
            iga.parties.append(Agreement.Party(partner: "orbitco"))
            let joined = try await client.send(
                .put, "/api/v1/agreements/iss-iga", as: "secretariat", json: NewRecords.encode(iga))
            #expect(joined.status == .ok, "\(joined)")
            #expect(
                try await client.ids("/api/v1/spacecraft", as: "orbitco-viewer")
                    == ["hst", "iss", "orbitco-1", "sentinel-2a"])
            // A demoted user loses its rights at once.
            var admin = NewRecords.user("esa-admin")
            admin.role = .viewer
            #expect(
                try await client.send(
                    .put, "/api/v1/users/esa-admin", as: "secretariat", json: NewRecords.encode(admin)
                ).status == .ok)
            try await client.send(
                .post, "/api/v1/users", as: "esa-admin", json: NewRecords.json(.user, id: "x1", owner: "esa")
            )
            .expectProblem(403, "forbidden")
        }
    }

    @Test("Another process's writes apply once the generation is read again")
    func otherWrites() async throws {
        try await TestServer.run { client, server in
            let listed4 = try await client.ids("/api/v1/agreements", as: "orbitco-viewer")
            #expect(listed4 == [])
            var iga = Registry.agreements[0]
            iga.parties.append(Agreement.Party(partner: "orbitco"))
            _ = try await server.repository.update(iga, expectedVersion: nil)
            let listed5 = try await client.ids("/api/v1/agreements", as: "orbitco-viewer")
            #expect(listed5 == ["iss-iga"])
        }
    }

    @Test("The policy follows the UTC day: an agreement applies from its effective day, without any write")
    func dayChange() async throws {
        let clock = ManualClock(try Instant(iso8601: "2026-01-31T23:59:59Z"))
        let configuration = ServerConfiguration(
            generationCheckInterval: .seconds(3600), clock: ServerClock { clock.now })
        var snapshot = Registry.snapshot
        snapshot.agreements.append(
            Agreement(
                id: "dundee-service", title: "Dundee tracking service", kind: .serviceAgreement, status: .inForce,
                signed: try Day("2026-01-15"), effective: try Day("2026-02-01"),
                parties: [Agreement.Party(partner: "nasa"), Agreement.Party(partner: "orbitco")],
                clauses: Agreement.Clauses(stationContributions: [
                    Agreement.StationContribution(partner: "orbitco", station: "orbitco-dundee")
                ])))
        let server = try await TestServer.make(snapshot: snapshot, configuration: configuration)
        try await server.run { client in
            let listed6 = try await client.ids("/api/v1/stations", as: "nasa-viewer")
            #expect(listed6 == ["dsn-goldstone"])
            let listed7 = try await client.ids("/api/v1/spacecraft", as: "orbitco-viewer")
            #expect(listed7 == ["orbitco-1"])
            clock.now = try Instant(iso8601: "2026-02-01T00:00:01Z")
            let listed8 = try await client.ids("/api/v1/stations", as: "nasa-viewer")
            #expect(listed8 == ["dsn-goldstone", "orbitco-dundee"])
            let listed9 = try await client.ids("/api/v1/spacecraft", as: "orbitco-viewer")
            #expect(listed9 == ["hst", "iss", "orbitco-1"])
        }
    }
}

/// A mutable slot for a value made inside a closure.
final class Box<Value>: @unchecked Sendable {
    var value: Value?
}
