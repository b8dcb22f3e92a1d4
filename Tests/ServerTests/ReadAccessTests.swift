import Consortium
import Foundation
import Testing

@testable import Server

/// What each user of `Registry` may see, worked out by hand from the rules in `AccessPolicy`
/// (not by calling it): the IGA binds NASA, ESA and JAXA and pools Goldstone; the draft binds
/// nothing but is visible to its parties; Hubble is NASA's mission with ESA contributing;
/// OrbitCo is in nothing.
@Suite("Reads: every role sees its scope; the rest is 404")
struct ReadAccessTests {
    static let everyone = Registry.users.map(\.id.rawValue)

    /// The ids each user lists, per kind.
    static func expected(_ kind: EntityKind, for user: String) -> [String] {
        let partner = Registry.users.first { $0.id.rawValue == user }!.partner.rawValue
        if user == "secretariat" {
            switch kind {
            case .partner: return ["esa", "jaxa", "nasa", "orbitco"]
            case .agreement: return ["esa-jaxa-draft", "iss-iga"]
            case .mission: return ["hubble"]
            case .spacecraft: return ["hst", "iss", "orbitco-1", "sentinel-2a"]
            case .station: return ["dsn-goldstone", "esa-kiruna", "orbitco-dundee"]
            case .user: return Registry.users.map(\.id.rawValue).sorted()
            }
        }
        switch (kind, partner) {
        case (.partner, _): return ["esa", "jaxa", "nasa", "orbitco"]
        case (.agreement, "nasa"): return ["iss-iga"]
        case (.agreement, "esa"): return ["esa-jaxa-draft", "iss-iga"]
        case (.mission, "nasa"), (.mission, "esa"): return ["hubble"]
        case (.spacecraft, "nasa"), (.spacecraft, "esa"): return ["hst", "iss", "sentinel-2a"]
        case (.spacecraft, "orbitco"): return ["orbitco-1"]
        case (.station, "nasa"): return ["dsn-goldstone"]
        case (.station, "esa"): return ["dsn-goldstone", "esa-kiruna"]
        case (.station, "orbitco"): return ["orbitco-dundee"]
        case (.user, _):
            switch user {
            case "nasa-admin": return ["nasa-admin", "nasa-operator", "nasa-viewer"]
            case "esa-admin": return ["esa-admin", "esa-operator", "esa-viewer", "secretariat"]
            case "orbitco-admin": return ["orbitco-admin", "orbitco-viewer"]
            default: return [user]
            }
        default: return []
        }
    }

    /// Every id of `kind` in the registry.
    static func all(_ kind: EntityKind) -> [String] {
        switch kind {
        case .partner: Registry.partners.map(\.id.rawValue)
        case .agreement: Registry.agreements.map(\.id.rawValue)
        case .mission: Registry.missions.map(\.id.rawValue)
        case .spacecraft: Registry.spacecraft.map(\.id.rawValue)
        case .station: Registry.stations.map(\.id.rawValue)
        case .user: Registry.users.map(\.id.rawValue)
        }
    }

    @Test("Lists hold exactly the records in scope, by id", arguments: EntityKind.allCases)
    func lists(kind: EntityKind) async throws {
        try await TestServer.run { client, _ in
            for user in Self.everyone {
                let reply = try await client.get("/api/v1/\(kind.plural)", as: user)
                #expect(reply.status == .ok, "\(user): \(reply)")
                #expect(reply.ids == Self.expected(kind, for: user), "\(kind.plural) as \(user)")
                #expect(reply.object["nextCursor"] is NSNull, "\(kind.plural) as \(user)")
            }
        }
    }

    @Test(
        "Getting a record out of scope is the same 404 as a record that does not exist", arguments: EntityKind.allCases)
    func gets(kind: EntityKind) async throws {
        try await TestServer.run { client, _ in
            for user in Self.everyone {
                let visible = Set(Self.expected(kind, for: user))
                for id in Self.all(kind) {
                    let reply = try await client.get("/api/v1/\(kind.plural)/\(id)", as: user)
                    if visible.contains(id) {
                        #expect(reply.status == .ok, "\(kind.rawValue) \(id) as \(user): \(reply)")
                        #expect(reply["id"] == id)
                        #expect(reply.headers[.eTag] == "\"1\"")
                    } else {
                        reply.expectProblem(404, "not-found")
                        let missing = try await client.get("/api/v1/\(kind.plural)/no-such-\(kind.rawValue)", as: user)
                        #expect(missing.object["title"] as? String == reply.object["title"] as? String)
                        #expect(missing.status == reply.status)
                    }
                }
            }
        }
    }

    @Test("Partner contacts are shown to the partner itself and consortium administrators only")
    func contacts() async throws {
        try await TestServer.run { client, _ in
            for user in Self.everyone {
                let own = Registry.users.first { $0.id.rawValue == user }!.partner.rawValue
                let list = try await client.get("/api/v1/partners", as: user)
                for item in list.items {
                    let id = item["id"] as! String
                    let visible = user == "secretariat" || id == own
                    #expect((item["contacts"] != nil) == visible, "contacts of \(id) as \(user)")
                    let single = try await client.get("/api/v1/partners/\(id)", as: user)
                    #expect((single.object["contacts"] != nil) == visible, "contacts of \(id) as \(user)")
                }
            }
            let nasa = try await client.get("/api/v1/partners/nasa", as: "nasa-viewer")
            let contacts = try #require(nasa.object["contacts"] as? [[String: Any]])
            #expect(contacts.first?["email"] as? String == "sn-scheduling@nasa.gov")
        }
    }

    @Test("Items carry the record's fields plus version and timestamps")
    func itemShape() async throws {
        try await TestServer.run { client, _ in
            let reply = try await client.get("/api/v1/spacecraft/iss", as: "esa-viewer")
            #expect(reply["name"] == "International Space Station")
            #expect(reply["owner"] == "nasa")
            #expect(reply.object["noradID"] as? Int == 25544)
            #expect(reply.object["version"] as? Int == 1)
            #expect((reply["createdAt"] ?? "").hasSuffix("Z"))
            #expect(reply["createdAt"] == reply["updatedAt"])
            let orbit = try #require(reply.object["orbit"] as? [String: Any])
            #expect(orbit["format"] as? String == "tle")
            // The epoch derived from the TLE: day 78.12958500 of 2026 is 2026-03-19T03:06:36.144Z.
            #expect(orbit["epoch"] as? String == "2026-03-19T03:06:36.144Z")
            #expect(reply.headers[.contentType] == "application/json")
        }
    }
}
