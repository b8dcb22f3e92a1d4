import Consortium
import Orbits

/// Real records for the storage tests: ISS partner agencies, DSN and KSAT sites, and
/// spacecraft with their published TLEs.
///
/// TLEs: `../shared/data/catalog/active_tle_2026-03-19.txt.gz` (CelesTrak active set, 2026-03-19).
/// Station positions: `../shared/data/stations/brahe_groundstations/{dsn,ksat}.json` (degrees;
/// brahe lists no altitude, so heights are 0 m). ISS IGA common-systems shares: NASA 76.6 %,
/// JAXA 12.8 %, ESA 8.3 %, CSA 2.3 % (the IGA's crew/resource allocation as cited in issue #3).
enum Fixtures {
    static let nasa = Partner(
        id: "nasa", name: "National Aeronautics and Space Administration", shortName: "NASA", kind: .agency,
        country: CountryCode(rawValue: "US")!,
        contacts: [Contact(name: "Space Network scheduling", role: "Scheduling", email: "sn-scheduling@nasa.gov")])
    static let esa = Partner(
        id: "esa", name: "European Space Agency", shortName: "ESA", kind: .agency, country: CountryCode(rawValue: "FR")!
    )
    static let jaxa = Partner(
        id: "jaxa", name: "Japan Aerospace Exploration Agency", shortName: "JAXA", kind: .agency,
        country: CountryCode(rawValue: "JP")!)
    static let csa = Partner(
        id: "csa", name: "Canadian Space Agency", shortName: "CSA", kind: .agency, country: CountryCode(rawValue: "CA")!
    )
    static let ksat = Partner(
        id: "ksat", name: "Kongsberg Satellite Services", shortName: "KSAT", kind: .networkOperator,
        country: CountryCode(rawValue: "NO")!)
    static let partners = [nasa, esa, jaxa, csa, ksat]

    static let goldstone = Station(
        id: "dsn-goldstone", name: "Goldstone Deep Space Communications Complex", owner: "nasa", network: "DSN",
        latitude: 35.426667, longitude: -116.89, heightMeters: 0,
        antennas: [Station.Antenna(name: "DSS-14", diameterMeters: 70, bands: [.S, .X])],
        horizonMask: Station.Mask(minimumElevation: 6))
    static let madrid = Station(
        id: "dsn-madrid", name: "Madrid Deep Space Communications Complex", owner: "nasa", network: "DSN",
        latitude: 40.431389, longitude: -4.248056, heightMeters: 0)
    static let prudhoeBay = Station(
        id: "ksat-prudhoe-bay", name: "KSAT Prudhoe Bay", owner: "ksat", network: "KSAT",
        latitude: 70.2, longitude: -148.47, heightMeters: 0)
    static let awarua = Station(
        id: "ksat-awarua", name: "KSAT Awarua", owner: "ksat", latitude: -46.53, longitude: 168.38, heightMeters: 0)
    static let stations = [goldstone, madrid, prudhoeBay, awarua]

    static let issTLE = """
        ISS (ZARYA)
        1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
        2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798
        """
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

    static let iss = Spacecraft(
        id: "iss", name: "International Space Station", owner: "nasa", noradID: 25544, cosparID: "1998-067A",
        status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: issTLE))
    static let hubble = Spacecraft(
        id: "hst", name: "Hubble Space Telescope", owner: "nasa", noradID: 20580, cosparID: "1990-037B",
        status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: hstTLE))
    static let sentinel2a = Spacecraft(
        id: "sentinel-2a", name: "Sentinel-2A", owner: "esa", noradID: 40697, cosparID: "2015-028A",
        status: .operational, orbit: Spacecraft.Orbit(format: .tle, text: sentinelTLE))
    static let htv = Spacecraft(id: "htv-x1", name: "HTV-X1", owner: "jaxa", status: .planned)
    static let spacecraft = [iss, hubble, sentinel2a, htv]

    static let issIGA = Agreement(
        id: "iss-iga", title: "Space Station Intergovernmental Agreement", kind: .intergovernmentalAgreement,
        status: .inForce, signed: try! Day("1998-01-29"), effective: try! Day("2001-03-27"),
        parties: ["nasa", "esa", "jaxa", "csa"].map { Agreement.Party(partner: $0) },
        clauses: Agreement.Clauses(networkShares: [
            Agreement.Share(partner: "nasa", percent: 76.6), Agreement.Share(partner: "jaxa", percent: 12.8),
            Agreement.Share(partner: "esa", percent: 8.3), Agreement.Share(partner: "csa", percent: 2.3),
        ]))
    static let groundMOU = Agreement(
        id: "ground-network-mou", title: "Ground network sharing MOU", kind: .memorandumOfUnderstanding,
        status: .inForce, signed: try! Day("2024-05-02"), effective: try! Day("2024-06-01"),
        expires: try! Day("2029-06-01"),
        parties: [Agreement.Party(partner: "nasa"), Agreement.Party(partner: "ksat")],
        clauses: Agreement.Clauses(
            networkShares: [
                Agreement.Share(partner: "nasa", percent: 60), Agreement.Share(partner: "ksat", percent: 40),
            ],
            stationContributions: [
                Agreement.StationContribution(partner: "nasa", station: "dsn-goldstone"),
                Agreement.StationContribution(partner: "ksat", station: "ksat-prudhoe-bay"),
            ]))
    static let agreements = [issIGA, groundMOU]

    static let hubbleMission = Mission(
        id: "hubble", name: "Hubble Space Telescope", lead: "nasa", status: .active,
        description: "NASA/ESA space telescope in low Earth orbit since 1990.", spacecraft: ["hst"],
        contributions: [
            Mission.Contribution(
                partner: "nasa", kind: .operations, role: .lead, description: "Spacecraft and operations"),
            Mission.Contribution(
                partner: "esa", kind: .instrument, role: .contributor, description: "Faint Object Camera"),
        ])
    static let issMission = Mission(
        id: "iss-operations", name: "ISS operations", lead: "nasa", status: .active, spacecraft: ["iss"],
        contributions: [
            Mission.Contribution(partner: "nasa", kind: .module, role: .lead, description: "US Orbital Segment"),
            Mission.Contribution(partner: "jaxa", kind: .module, role: .contributor, description: "Kibo laboratory"),
            Mission.Contribution(partner: "esa", kind: .module, role: .contributor, description: "Columbus laboratory"),
        ])
    static let missions = [hubbleMission, issMission]

    static let nasaAdmin = User(
        id: "nasa-admin", name: "NASA partner administrator", partner: "nasa", role: .partnerAdmin)
    static let esaOperator = User(id: "esa-ops", name: "ESOC flight operations", partner: "esa", role: .operator)
    static let consortiumAdmin = User(
        id: "consortium-admin", name: "Consortium secretariat", partner: "esa", role: .consortiumAdmin)
    static let users = [nasaAdmin, esaOperator, consortiumAdmin]

    /// Everything above, as one snapshot.
    static let snapshot = RegistrySnapshot(
        partners: partners, stations: stations, spacecraft: spacecraft, agreements: agreements, missions: missions,
        users: users)

    /// A fixed instant for token tests: 2026-03-19T12:00:00Z.
    static let noon = try! Instant(iso8601: "2026-03-19T12:00:00Z")
}
