import Consortium
import Foundation
import Testing

/// The committed demo consortium (`Demo/consortium/*.json`) decodes strictly and keeps every rule.
@Suite("Demo consortium")
struct DemoConsortiumTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Demo/consortium")

    func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: Self.folder.appendingPathComponent(name)))
    }

    func snapshot() throws -> RegistrySnapshot {
        RegistrySnapshot(
            partners: try load("partners.json", as: [Partner].self),
            stations: try load("stations.json", as: [Station].self),
            spacecraft: try load("spacecraft.json", as: [Spacecraft].self),
            agreements: try load("agreements.json", as: [Agreement].self),
            missions: try load("missions.json", as: [Mission].self),
            users: try load("users.json", as: [User].self))
    }

    @Test("Every record and reference of the demo is valid")
    func validates() throws {
        let demo = try snapshot()
        try demo.validate()
        #expect(demo.partners.count >= 9)
        #expect((40...60).contains(demo.spacecraft.count))
        #expect(demo.users.contains { $0.role == .consortiumAdmin })
    }

    @Test("The ISS IGA carries the common-systems shares NASA 76.6, JAXA 12.8, ESA 8.3, CSA 2.3")
    func issShares() throws {
        let iga = try #require(try snapshot().agreements.first { $0.kind == .intergovernmentalAgreement })
        #expect(iga.networkShare(of: "nasa") == 76.6)
        #expect(iga.networkShare(of: "jaxa") == 12.8)
        #expect(iga.networkShare(of: "esa") == 8.3)
        #expect(iga.networkShare(of: "csa") == 2.3)
        #expect(iga.isInForce(on: try Day("2026-11-22")))
    }

    @Test("Every spacecraft's elements are of its own catalog number and COSPAR id")
    func spacecraftOrbits() throws {
        for spacecraft in try snapshot().spacecraft {
            let elements = try #require(try spacecraft.orbit?.meanElements())
            #expect(elements.catalogNumber == spacecraft.noradID)
            let designator = elements.internationalDesignator.trimmingCharacters(in: .whitespaces)
            let cospar = try #require(spacecraft.cosparID)
            let year = Int(designator.prefix(2))! < 57 ? "20" : "19"
            #expect(cospar == year + designator.prefix(2) + "-" + designator.dropFirst(2), "\(spacecraft.id)")
        }
    }
}
