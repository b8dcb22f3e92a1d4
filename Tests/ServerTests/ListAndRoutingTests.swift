import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

@Suite("Lists, filters, ETags and routing")
struct ListAndRoutingTests {
    @Test("Pages follow nextCursor through every record, in id order, without repeats")
    func pagination() async throws {
        try await TestServer.run { client, _ in
            var seen: [String] = []
            var cursor: String? = nil
            var pages = 0
            repeat {
                let query = cursor.map { "&after=\($0)" } ?? ""
                let page = try await client.get("/api/v1/users?limit=2\(query)", as: "secretariat")
                #expect(page.status == .ok)
                #expect(page.ids.count <= 2)
                seen += page.ids
                cursor = page.nextCursor
                pages += 1
            } while cursor != nil && pages < 20
            #expect(seen == Registry.users.map(\.id.rawValue).sorted())
            #expect(pages == 5)  // 9 users, 2 a page
            // A scoped principal pages through its scope only.
            let first = try await client.get("/api/v1/users?limit=1", as: "esa-admin")
            #expect(first.ids == ["esa-admin"])
            let second = try await client.get("/api/v1/users?limit=1&after=\(first.nextCursor ?? "")", as: "esa-admin")
            #expect(second.ids == ["esa-operator"])
        }
    }

    @Test("Filters are the record kind's indexed fields")
    func filters() async throws {
        try await TestServer.run { client, _ in
            let listed1 = try await client.ids("/api/v1/spacecraft?owner=nasa", as: "esa-viewer")
            #expect(listed1 == ["hst", "iss"])
            let listed2 = try await client.ids("/api/v1/spacecraft?noradID=40697", as: "esa-viewer")
            #expect(listed2 == ["sentinel-2a"])
            let listed3 = try await client.ids("/api/v1/spacecraft?status=planned", as: "esa-viewer")
            #expect(listed3 == [])
            let listed4 = try await client.ids("/api/v1/spacecraft?status=planned", as: "secretariat")
            #expect(listed4 == ["orbitco-1"])
            let listed5 = try await client.ids("/api/v1/users?role=viewer&partner=esa", as: "secretariat")
            #expect(listed5 == ["esa-viewer"])
            let listed6 = try await client.ids("/api/v1/agreements?party=jaxa", as: "esa-viewer")
            #expect(listed6 == ["esa-jaxa-draft", "iss-iga"])
            let listed7 = try await client.ids("/api/v1/agreements?status=inForce", as: "secretariat")
            #expect(listed7 == ["iss-iga"])
            let listed8 = try await client.ids("/api/v1/partners?country=GB", as: "nasa-viewer")
            #expect(listed8 == ["orbitco"])
            let listed9 = try await client.ids("/api/v1/missions?participant=esa", as: "esa-viewer")
            #expect(listed9 == ["hubble"])
            let listed10 = try await client.ids("/api/v1/stations?network=DSN", as: "esa-viewer")
            #expect(listed10 == ["dsn-goldstone"])
        }
    }

    @Test(
        "Unknown, repeated or malformed query parameters: 400 naming the parameter",
        arguments: [
            ("/api/v1/spacecraft?ownr=nasa", "ownr"),
            ("/api/v1/spacecraft?name=ISS", "name"),
            ("/api/v1/spacecraft?owner=nasa&owner=esa", "owner"),
            ("/api/v1/spacecraft?limit=0", "limit"),
            ("/api/v1/spacecraft?limit=501", "limit"),
            ("/api/v1/spacecraft?limit=ten", "limit"),
            ("/api/v1/spacecraft?after=", "after"),
            ("/api/v1/users?owner=esa", "owner"),
            ("/api/v1/tokens?limit=5", "limit"),
        ])
    func badQueries(path: String, parameter: String) async throws {
        try await TestServer.run { client, _ in
            let reply = try await client.get(path, as: "secretariat")
            reply.expectProblem(400, "invalid-query", field: parameter)
        }
    }

    @Test("Limits: the default page is 50 records, the largest 500")
    func limits() async throws {
        var snapshot = Registry.snapshot
        for index in 0..<520 {
            snapshot.spacecraft.append(
                Spacecraft(
                    id: Spacecraft.ID(rawValue: "debris-\(1000 + index)")!, name: "Debris \(index)", owner: "nasa",
                    status: .planned))
        }
        let server = try await TestServer.make(snapshot: snapshot)
        try await server.run { client in
            let first = try await client.get("/api/v1/spacecraft", as: "nasa-viewer")
            #expect(first.ids.count == 50)
            #expect(first.nextCursor == "debris-1049")
            let largest = try await client.get("/api/v1/spacecraft?limit=500", as: "nasa-viewer")
            #expect(largest.ids.count == 500)
            let rest = try await client.get(
                "/api/v1/spacecraft?limit=500&after=\(largest.nextCursor!)", as: "nasa-viewer")
            let remaining: [String] = (1500...1519).map { "debris-\($0)" } + ["hst", "iss", "sentinel-2a"]
            #expect(rest.ids == remaining)
            #expect(rest.nextCursor == nil)
        }
    }

    @Test("ETag and If-Match: a stale version is 412 and changes nothing; the current one updates")
    func ifMatch() async throws {
        try await TestServer.run { client, _ in
            let path = "/api/v1/stations/esa-kiruna"
            let current = try await client.get(path, as: "esa-operator")
            #expect(current.headers[.eTag] == "\"1\"")
            let body = UpdateDeleteTests.renamed(current.text, to: "Kiruna station")
            let stale = try await client.send(.put, path, as: "esa-operator", json: body, headers: [.ifMatch: "\"7\""])
            stale.expectProblem(412, "version-mismatch", field: "If-Match")
            #expect(try await client.get(path, as: "esa-operator").text == current.text)
            let malformed = try await client.send(
                .put, path, as: "esa-operator", json: body, headers: [.ifMatch: "seven"])
            malformed.expectProblem(400, "invalid-query", field: "If-Match")
            let updated = try await client.send(
                .put, path, as: "esa-operator", json: body, headers: [.ifMatch: "\"1\""])
            #expect(updated.status == .ok)
            #expect(updated.headers[.eTag] == "\"2\"")
            // The version just replaced is stale now, for updates and deletes.
            try await client.send(.put, path, as: "esa-operator", json: body, headers: [.ifMatch: "\"1\""])
                .expectProblem(412, "version-mismatch")
            try await client.send(.delete, path, as: "esa-admin", headers: [.ifMatch: "\"1\""])
                .expectProblem(412, "version-mismatch")
            #expect(
                try await client.send(.delete, path, as: "esa-admin", headers: [.ifMatch: "\"2\""]).status == .noContent
            )
        }
    }

    @Test("Unknown routes are 404, known paths with another method 405 with Allow, both problem+json")
    func routing() async throws {
        try await TestServer.run { client, _ in
            let unknown = try await client.get("/api/v1/satellites", as: "secretariat")
            unknown.expectProblem(404, "not-found")
            #expect((unknown["detail"] ?? "").hasPrefix("no route"))
            try await client.get("/", as: nil).expectProblem(404, "not-found")
            let patch = try await client.send(.patch, "/api/v1/partners/nasa", as: "secretariat", json: "{}")
            patch.expectProblem(405, "method-not-allowed")
            #expect(patch.headers[.allow] == "DELETE, GET, PUT")
            let post = try await client.send(.post, "/health", as: nil)
            post.expectProblem(405, "method-not-allowed")
            #expect(post.headers[.allow] == "GET")
            let deleteAll = try await client.send(.delete, "/api/v1/spacecraft", as: "secretariat")
            #expect(deleteAll.headers[.allow] == "GET, POST")
        }
    }
}
