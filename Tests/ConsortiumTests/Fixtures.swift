import Consortium

/// Small, real-looking records for the domain tests (the ISS IGA's common-systems shares).
enum Fixtures {
    /// The ISS element set of the committed demo data (CelesTrak, 2026-03-19).
    static let issTLE = """
        ISS (ZARYA)
        1 25544U 98067A   26078.12958500  .00009105  00000+0  17698-3 0  9991
        2 25544  51.6344  25.6919 0006229 207.4819 152.5840 15.48370465557798
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
                dataPolicy: DataPolicy(
                    access: .namedParties, namedParties: ["esa", "nasa"], proprietaryPeriodDays: 180),
                costShares: [.init(partner: "nasa", percent: 50), .init(partner: "esa", percent: 50)]))
    }
}
