import Consortium
import Foundation
import Hummingbird
import Testing

@testable import Server

/// `POST /api/v1/agreements/{id}/withdrawals`: who may withdraw a party, the rescaled shares, and
/// the access that ends with the withdrawal.
@Suite("Withdrawal from an agreement")
struct WithdrawalTests {
    static let path = "/api/v1/agreements/iss-iga/withdrawals"

    @Test("Only the party's own administrators or a consortium administrator may withdraw it")
    func permissions() async throws {
        try await TestServer.run { client, _ in
            let esa = #"{"partner":"esa","day":"2026-01-01"}"#
            try await client.send(.post, Self.path, as: "esa-operator", json: esa).expectProblem(403, "forbidden")
            try await client.send(.post, Self.path, as: "nasa-admin", json: esa).expectProblem(403, "forbidden")
            // OrbitCo is no party: the agreement does not exist for it.
            try await client.send(.post, Self.path, as: "orbitco-admin", json: esa).expectProblem(404, "not-found")
            try await client.send(.post, Self.path, as: nil, json: esa).expectProblem(401, "unauthenticated")
            try await client.send(
                .post, Self.path, as: "esa-admin", json: #"{"partner":"esa","day":"2026-01-01","x":1}"#
            )
            .expectProblem(400, "unknown-field")
            let unchanged = try await client.get("/api/v1/agreements/iss-iga", as: "secretariat")
            #expect(unchanged.object["version"] as? Int == 1)
        }
    }

    @Test("ESA withdraws: NASA's and JAXA's shares are rescaled to 100 %, and ESA loses the pooled station")
    func withdrawal() async throws {
        try await TestServer.run { client, _ in
            #expect(try await client.get("/api/v1/stations/dsn-goldstone", as: "esa-viewer").status == .ok)
            let reply = try await client.send(
                .post, Self.path, as: "esa-admin", json: #"{"partner":"esa","day":"2026-01-01"}"#)
            #expect(reply.status == .ok, "\(reply)")
            #expect(reply.headers[.eTag] == "\"2\"")
            let clauses = try #require(reply.object["clauses"] as? [String: Any])
            let shares = try #require(clauses["networkShares"] as? [[String: Any]])
            let percent = Dictionary(
                uniqueKeysWithValues: shares.map { ($0["partner"] as! String, $0["percent"] as! Double) })
            // 76.6 and 12.8 of the remaining 89.4 %.
            #expect(abs(percent["nasa"]! - 76.6 / 89.4 * 100) < 1e-9)
            #expect(abs(percent["jaxa"]! - 12.8 / 89.4 * 100) < 1e-9)
            #expect(percent["esa"] == nil)
            let parties = try #require(reply.object["parties"] as? [[String: Any]])
            #expect(parties.first { $0["partner"] as? String == "esa" }?["withdrawn"] as? String == "2026-01-01")
            // No longer bound by the IGA: NASA's pooled station and the ISS are out of ESA's sight,
            // while Hubble stays visible through the mission ESA takes part in.
            try await client.get("/api/v1/stations/dsn-goldstone", as: "esa-viewer").expectProblem(404, "not-found")
            try await client.get("/api/v1/spacecraft/iss", as: "esa-viewer").expectProblem(404, "not-found")
            #expect(try await client.get("/api/v1/spacecraft/hst", as: "esa-viewer").status == .ok)
            // Withdrawing again is refused, naming the field.
            try await client.send(.post, Self.path, as: "secretariat", json: #"{"partner":"esa","day":"2026-02-01"}"#)
                .expectProblem(422, "validation")
        }
    }
}
