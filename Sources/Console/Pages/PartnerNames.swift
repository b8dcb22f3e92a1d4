import Consortium

/// The short names of partners, by id, for tables (the id itself when the partner is unknown).
struct PartnerNames: Sendable {
    let names: [Partner.ID: String]

    /// The short names of `partners`.
    init(_ partners: [Partner]) {
        names = Dictionary(partners.map { ($0.id, $0.shortName) }, uniquingKeysWith: { a, _ in a })
    }

    /// The short name of `partner`.
    subscript(_ partner: Partner.ID) -> String { names[partner] ?? partner.rawValue }

    /// The short name of the partner whose id is `raw`.
    subscript(raw raw: String) -> String {
        Partner.ID(rawValue: raw).map { self[$0] } ?? raw
    }
}
