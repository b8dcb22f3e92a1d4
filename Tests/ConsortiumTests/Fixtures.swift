import Consortium

/// Small, real-looking records for the domain tests (the ISS IGA's common-systems shares).
enum Fixtures {
    static let issTLE = """
        ISS (ZARYA)
        1 25544U 98067A   26078.51850235  .00011606  00000+0  21979-3 0  9998
        2 25544  51.6336 299.6853 0006243 222.6519 137.3934 15.48508932557790
        """

    static func partner(_ id: Partner.ID, _ country: String = "US") throws -> Partner {
        Partner(
            id: id, name: "Partner \(id)", shortName: id.rawValue.uppercased(), kind: .agency,
            country: try CountryCode(country, field: "country"))
    }

    /// The ISS IGA's common-systems shares: NASA 76.6, JAXA 12.8, ESA 8.3, CSA 2.3 (Roscosmos a
    /// party without a share of the common systems).
    static func issIGA() throws -> Agreement {
        Agreement(
            id: "iss-iga", title: "Intergovernmental Agreement on the International Space Station",
            kind: .intergovernmentalAgreement, status: .inForce, signed: try Day("1998-01-29"),
            effective: try Day("2001-03-27"),
            parties: ["nasa", "roscosmos", "esa", "jaxa", "csa"].map { Agreement.Party(partner: $0) },
            clauses: Agreement.Clauses(
                networkShares: [
                    .init(partner: "nasa", percent: 76.6), .init(partner: "jaxa", percent: 12.8),
                    .init(partner: "esa", percent: 8.3), .init(partner: "csa", percent: 2.3),
                ],
                stationContributions: [.init(partner: "esa", station: "esa-kiruna")],
                dataPolicy: DataPolicy(access: .namedParties, namedParties: ["esa", "nasa"], proprietaryPeriodDays: 180),
                costShares: [.init(partner: "nasa", percent: 50), .init(partner: "esa", percent: 50)]))
    }
}
