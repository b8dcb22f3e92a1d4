import Consortium
import Foundation
import Testing

@Suite("Record rules")
struct RecordRulesTests {
    @Test(
        "Ids are lowercase slugs of at most 64 characters",
        arguments: [
            ("nasa", true), ("dsn-goldstone", true), ("a", true), ("-x", false), ("NASA", false),
            ("x' OR '1'='1", false), ("", false), ("é", false), (String(repeating: "a", count: 64), true),
            (String(repeating: "a", count: 65), false),
        ])
    func identifiers(text: String, valid: Bool) {
        #expect((Identifier<Partner>(rawValue: text) != nil) == valid)
    }

    @Test("Days parse, print and compare; impossible dates are refused")
    func days() throws {
        let day = try Day("2024-02-29")
        #expect(day.description == "2024-02-29")
        #expect(day.adding(days: 1) == (try Day("2024-03-01")))
        #expect(day.adding(days: -60).description == "2023-12-31")
        #expect(throws: DomainError.self) { try Day("2025-02-29") }
        #expect(throws: DomainError.self) { try Day("2025-2-28") }
        #expect(try Day("2001-03-27") < (try Day("2026-01-01")))
    }

    @Test("Country codes are the assigned ISO 3166-1 alpha-2 codes")
    func countries() throws {
        #expect(CountryCode(rawValue: "GB") != nil)
        #expect(CountryCode(rawValue: "UK") == nil)
        #expect(CountryCode(rawValue: "us") == nil)
        let error = #expect(throws: DomainError.self) { try CountryCode("EU", field: "country") }
        #expect(error?.field == "country")
    }

    @Test("A spacecraft's TLE must parse and be of its catalog number")
    func spacecraftOrbit() throws {
        var iss = Spacecraft(
            id: "iss", name: "International Space Station", owner: "nasa", noradID: 25544, cosparID: "1998-067A",
            status: .operational, orbit: .init(format: .tle, text: Fixtures.issTLE))
        try iss.validate()
        let epoch = try #require(try iss.orbit?.meanElements().epoch)
        #expect(epoch.iso8601(fractionDigits: 3, zulu: true) == "2026-03-19T03:06:36.144Z")
        iss.noradID = 25545
        let mismatch = #expect(throws: DomainError.self) { try iss.validate() }
        #expect(mismatch?.code == .invalidOrbit)
        iss.noradID = 25544
        // One digit changed in line 2: the checksum no longer holds.
        iss.orbit?.text = Fixtures.issTLE.replacingOccurrences(of: "51.6344", with: "51.6345")
        let broken = #expect(throws: DomainError.self) { try iss.validate() }
        #expect(broken?.field == "orbit.text")
        #expect(broken?.detail.contains("checksum") == true)
        iss.orbit = nil
        iss.cosparID = "98067A"
        #expect((#expect(throws: DomainError.self) { try iss.validate() })?.field == "cosparID")
    }

    @Test("A station's coordinates, antennas and mask are checked")
    func stationRules() throws {
        var station = Station(
            id: "esa-kiruna", name: "Kiruna", owner: "esa", network: "ESTRACK", latitude: 67.857128,
            longitude: 20.964325, heightMeters: 402.1,
            antennas: [.init(name: "KIR-1", diameterMeters: 15, bands: [.S, .X])],
            horizonMask: .init(
                minimumElevation: 5, points: [.init(azimuth: 0, elevation: 5), .init(azimuth: 180, elevation: 10)]))
        try station.validate()
        let ground = try station.groundStation
        #expect(ground.bands == ["S", "X"])
        #expect(ground.horizonMask.maximumElevationDegrees == 10)
        station.latitude = 91
        #expect((#expect(throws: DomainError.self) { try station.validate() })?.field == "latitude")
        station.latitude = 67.857128
        station.antennas.append(.init(name: "KIR-1", diameterMeters: 13, bands: [.S]))
        #expect((#expect(throws: DomainError.self) { try station.validate() })?.code == .duplicate)
    }

    @Test("A mission has exactly one lead contribution, from its lead")
    func missionRules() throws {
        var hubble = Mission(
            id: "hubble", name: "Hubble Space Telescope", lead: "nasa", status: .active, spacecraft: ["hst"],
            contributions: [
                .init(partner: "nasa", kind: .module, role: .lead, description: "Telescope and operations"),
                .init(partner: "esa", kind: .instrument, role: .contributor, description: "Faint Object Camera"),
            ])
        try hubble.validate()
        #expect(hubble.participants == ["nasa", "esa"])
        hubble.lead = "esa"
        #expect((#expect(throws: DomainError.self) { try hubble.validate() })?.field == "contributions[0].partner")
    }

    @Test("Records decode strictly typed from JSON and round-trip")
    func jsonRoundTrip() throws {
        let iga = try Fixtures.issIGA()
        let data = try JSONEncoder().encode(iga)
        #expect(try JSONDecoder().decode(Agreement.self, from: data) == iga)
        let bad = Data(#"{"id":"NASA","name":"x","shortName":"x","kind":"agency","country":"US","contacts":[]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Partner.self, from: bad) }
    }
}
