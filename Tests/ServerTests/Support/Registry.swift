import Consortium
import Orbits

/// The small consortium the server tests run against.
///
/// - NASA, ESA and JAXA are parties of the ISS IGA (in force since 2001), which pools NASA's
///   Goldstone station; ESA and JAXA also negotiate a draft arrangement (applies to nothing).
/// - Orbital Co. (`orbitco`) is in no agreement and no mission: it sees only its own records.
/// - The Hubble mission is led by NASA with an ESA contribution.
///
/// TLEs: ISS, HST and Sentinel-2A from the CelesTrak active set of 2026-03-19
/// (`../shared/data/catalog/active_tle_2026-03-19.txt.gz`); their checksums are verified by the
/// Orbits TLE parser when the snapshot is imported. `badChecksumISS` is the ISS set quoted in the
/// server brief: its stated checksums (8 and 0) are not the computed ones (6 and 8), so the parser
/// refuses it, which makes it the broken TLE of the validation tests.
enum Registry {
    static let issTLE = """
        ISS (ZARYA)
        1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
        2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798
        """
    static let badChecksumISS =
        "1 25544U 98067A   26078.51850235  .00011606  00000+0  21979-3 0  9998\n"
        + "2 25544  51.6336 299.6853 0006243 222.6519 137.3934 15.48508932557790"
    static let hstTLE = """
        HST
        1 20580U 90037B   26078.01202943  .00006585  00000+0  21509-3 0  9991
        2 20580  28.4725 336.3997 0001574 225.3944 134.6524 15.29626908774743
        """
    static let sentinelTLE = """
        SENTINEL-2A
        1 40697U 15028A   26078.28468332 -.00000164  00000+0 -45791-4 0  9993
        2 40697  98.5644 154.4371 0001277  98.6199 261.5129 14.30815958560874
        """

    static let partners = [
        Partner(
            id: "nasa", name: "National Aeronautics and Space Administration", shortName: "NASA", kind: .agency,
            country: CountryCode(rawValue: "US")!,
            contacts: [Contact(name: "Space Network scheduling", role: "Scheduling", email: "sn-scheduling@nasa.gov")]),
        Partner(
            id: "esa", name: "European Space Agency", shortName: "ESA", kind: .agency,
            country: CountryCode(rawValue: "FR")!,
            contacts: [Contact(name: "ESOC ground operations", role: "Ground stations", email: "estrack@esa.int")]),
        Partner(
            id: "jaxa", name: "Japan Aerospace Exploration Agency", shortName: "JAXA", kind: .agency,
            country: CountryCode(rawValue: "JP")!),
        Partner(
            id: "orbitco", name: "Orbital Co.", shortName: "OrbitCo", kind: .company,
            country: CountryCode(rawValue: "GB")!,
            contacts: [Contact(name: "Operations desk", role: "Operations", email: "ops@orbitco.example")]),
    ]

    static let stations = [
        Station(
            id: "dsn-goldstone", name: "Goldstone Deep Space Communications Complex", owner: "nasa", network: "DSN",
            latitude: 35.426667, longitude: -116.89, heightMeters: 0,
            antennas: [Station.Antenna(name: "DSS-14", diameterMeters: 70, bands: [.S, .X])],
            horizonMask: Station.Mask(minimumElevation: 6)),
        Station(
            id: "esa-kiruna", name: "Kiruna", owner: "esa", network: "ESTRACK", latitude: 67.857128,
            longitude: 20.964325,
            heightMeters: 0),
        Station(
            id: "orbitco-dundee", name: "OrbitCo Dundee", owner: "orbitco", latitude: 56.4576, longitude: -2.9812,
            heightMeters: 0),
    ]

    static let spacecraft = [
        Spacecraft(
            id: "iss", name: "International Space Station", owner: "nasa", noradID: 25544, cosparID: "1998-067A",
            status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: issTLE)),
        Spacecraft(
            id: "hst", name: "Hubble Space Telescope", owner: "nasa", noradID: 20580, cosparID: "1990-037B",
            status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: hstTLE)),
        Spacecraft(
            id: "sentinel-2a", name: "Sentinel-2A", owner: "esa", noradID: 40697, cosparID: "2015-028A",
            status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: sentinelTLE)),
        Spacecraft(id: "orbitco-1", name: "OrbitCo-1", owner: "orbitco", status: .planned),
    ]

    static let agreements = [
        Agreement(
            id: "iss-iga", title: "Space Station Intergovernmental Agreement", kind: .intergovernmentalAgreement,
            status: .inForce, signed: try! Day("1998-01-29"), effective: try! Day("2001-03-27"),
            parties: ["nasa", "esa", "jaxa"].map { Agreement.Party(partner: $0) },
            clauses: Agreement.Clauses(
                networkShares: [
                    Agreement.Share(partner: "nasa", percent: 76.6), Agreement.Share(partner: "jaxa", percent: 12.8),
                    Agreement.Share(partner: "esa", percent: 10.6),
                ],
                stationContributions: [Agreement.StationContribution(partner: "nasa", station: "dsn-goldstone")])),
        Agreement(
            id: "esa-jaxa-draft", title: "ESA-JAXA tracking arrangement (draft)", kind: .bilateralArrangement,
            status: .draft, signed: try! Day("2026-01-15"), effective: try! Day("2026-02-01"),
            parties: [Agreement.Party(partner: "esa"), Agreement.Party(partner: "jaxa")]),
    ]

    static let missions = [
        Mission(
            id: "hubble", name: "Hubble Space Telescope", lead: "nasa", status: .active,
            description: "NASA/ESA space telescope.", spacecraft: ["hst"],
            contributions: [
                Mission.Contribution(
                    partner: "nasa", kind: .operations, role: .lead, description: "Spacecraft and operations"),
                Mission.Contribution(
                    partner: "esa", kind: .instrument, role: .contributor, description: "Faint Object Camera"),
            ])
    ]

    /// One user per role and partner the tests need, named `<partner>-<role>`.
    static let users = [
        User(id: "secretariat", name: "Consortium secretariat", partner: "esa", role: .consortiumAdmin),
        User(id: "nasa-admin", name: "NASA administrator", partner: "nasa", role: .partnerAdmin),
        User(id: "nasa-operator", name: "NASA operator", partner: "nasa", role: .operator),
        User(id: "nasa-viewer", name: "NASA viewer", partner: "nasa", role: .viewer),
        User(id: "esa-admin", name: "ESA administrator", partner: "esa", role: .partnerAdmin),
        User(id: "esa-operator", name: "ESA operator", partner: "esa", role: .operator),
        User(id: "esa-viewer", name: "ESA viewer", partner: "esa", role: .viewer),
        User(id: "orbitco-admin", name: "OrbitCo administrator", partner: "orbitco", role: .partnerAdmin),
        User(id: "orbitco-viewer", name: "OrbitCo viewer", partner: "orbitco", role: .viewer),
    ]

    /// Everything above.
    static let snapshot = RegistrySnapshot(
        partners: partners, stations: stations, spacecraft: spacecraft, agreements: agreements, missions: missions,
        users: users)
}
