import Consortium
import GroundNetwork
import Orbits
import Scheduling

/// A small network: NASA, ESA and JAXA pool NASA's Goldstone (two antennas) and ESA's Kiruna
/// under the ISS IGA (shares 76.6 / 12.8 / 10.6 %); OrbitCo is in no agreement.
///
/// TLEs: ISS, HST and Sentinel-2A from the CelesTrak active set of 2026-03-19
/// (`../shared/data/catalog/active_tle_2026-03-19.txt.gz`), as in the server tests.
enum NetworkFixtures {
    static func instant(_ text: String) -> Instant { try! Instant(iso8601: text) }

    static let day = TimeSpan(start: instant("2026-03-19T00:00:00Z"), end: instant("2026-03-20T00:00:00Z"))

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

    static let goldstone = Station(
        id: "dsn-goldstone", name: "Goldstone", owner: "nasa", network: "DSN", latitude: 35.426667,
        longitude: -116.89, heightMeters: 1000,
        antennas: [
            Station.Antenna(name: "DSS-14", diameterMeters: 70, bands: [.S, .X]),
            Station.Antenna(name: "DSS-24", diameterMeters: 34, bands: [.S, .X]),
        ],
        horizonMask: Station.Mask(minimumElevation: 6),
        availability: [
            Station.AvailabilityWindow(
                start: instant("2026-03-19T10:00:00Z"), end: instant("2026-03-19T12:00:00Z"), state: .maintenance),
            Station.AvailabilityWindow(
                start: instant("2026-03-18T22:00:00Z"), end: instant("2026-03-19T02:00:00Z"), state: .reserved),
        ])

    static let kiruna = Station(
        id: "esa-kiruna", name: "Kiruna", owner: "esa", network: "ESTRACK", latitude: 67.857128, longitude: 20.964325,
        heightMeters: 400, horizonMask: Station.Mask(minimumElevation: 5),
        availability: [
            Station.AvailabilityWindow(
                start: instant("2026-03-19T06:00:00Z"), end: instant("2026-03-19T18:00:00Z"), state: .available)
        ])

    static let spacecraft = [
        Spacecraft(
            id: "iss", name: "ISS", owner: "nasa", noradID: 25544, status: .operational,
            orbit: Spacecraft.Orbit(format: .tle, text: issTLE)),
        Spacecraft(
            id: "hst", name: "HST", owner: "nasa", noradID: 20580, status: .operational,
            orbit: Spacecraft.Orbit(format: .tle, text: hstTLE)),
        Spacecraft(
            id: "sentinel-2a", name: "Sentinel-2A", owner: "esa", noradID: 40697, status: .operational,
            orbit: Spacecraft.Orbit(format: .tle, text: sentinelTLE)),
        Spacecraft(id: "esa-future", name: "Future", owner: "esa", status: .operational),
        Spacecraft(
            id: "orbitco-1", name: "OrbitCo-1", owner: "orbitco", noradID: 25544, status: .operational,
            orbit: Spacecraft.Orbit(format: .tle, text: issTLE)),
    ]

    static let iga = Agreement(
        id: "iss-iga", title: "ISS IGA", kind: .intergovernmentalAgreement, status: .inForce,
        signed: try! Day("1998-01-29"), effective: try! Day("2001-03-27"),
        parties: ["nasa", "esa", "jaxa"].map { Agreement.Party(partner: $0) },
        clauses: Agreement.Clauses(
            networkShares: [
                Agreement.Share(partner: "nasa", percent: 76.6), Agreement.Share(partner: "jaxa", percent: 12.8),
                Agreement.Share(partner: "esa", percent: 10.6),
            ],
            stationContributions: [
                Agreement.StationContribution(partner: "nasa", station: "dsn-goldstone"),
                Agreement.StationContribution(partner: "esa", station: "esa-kiruna"),
            ]))

    static let registry = RegistrySnapshot(
        partners: [], stations: [goldstone, kiruna], spacecraft: spacecraft, agreements: [iga])

    /// ESA's request: two contacts of 5-10 min with Sentinel-2A in the morning.
    static let sentinelRequest = ScheduleRequest(
        id: "s2a-morning", partner: "esa", spacecraft: "sentinel-2a",
        window: TimeSpan(start: instant("2026-03-18T20:00:00Z"), end: instant("2026-03-19T12:00:00Z")),
        contacts: 2, minContactSeconds: 300, maxContactSeconds: 600, priority: .critical)
}
