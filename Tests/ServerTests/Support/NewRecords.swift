import Consortium
import Foundation

/// Valid new records of each kind, as the JSON a client posts.
enum NewRecords {
    /// A new record of `kind` with `id`, owned by (or, for agreements, binding) `owner`.
    static func json(_ kind: EntityKind, id: String, owner: String) -> String {
        let partnerID = Partner.ID(rawValue: owner)!
        switch kind {
        case .partner:
            return encode(
                Partner(
                    id: Partner.ID(rawValue: id)!, name: "New partner \(id)", shortName: "NEW", kind: .company,
                    country: CountryCode(rawValue: "DE")!))
        case .agreement:
            let other: Partner.ID = owner == "jaxa" ? "nasa" : "jaxa"
            return encode(
                Agreement(
                    id: Agreement.ID(rawValue: id)!, title: "New arrangement \(id)", kind: .bilateralArrangement,
                    status: .draft, signed: try! Day("2026-01-01"), effective: try! Day("2026-02-01"),
                    parties: [Agreement.Party(partner: partnerID), Agreement.Party(partner: other)]))
        case .mission:
            return encode(
                Mission(
                    id: Mission.ID(rawValue: id)!, name: "New mission \(id)", lead: partnerID, status: .planned,
                    contributions: [
                        Mission.Contribution(
                            partner: partnerID, kind: .operations, role: .lead, description: "Operations")
                    ]))
        case .spacecraft:
            return encode(
                Spacecraft(
                    id: Spacecraft.ID(rawValue: id)!, name: "New spacecraft \(id)", owner: partnerID, status: .planned))
        case .station:
            return encode(
                Station(
                    id: Station.ID(rawValue: id)!, name: "New station \(id)", owner: partnerID, latitude: 10,
                    longitude: 20,
                    heightMeters: 100))
        case .user:
            return encode(User(id: User.ID(rawValue: id)!, name: "New user \(id)", partner: partnerID, role: .viewer))
        }
    }

    /// The JSON of `value`.
    static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
    }

    /// The stored record `id` of `kind` as the registry fixture has it, as JSON for a PUT.
    static func fixture(_ kind: EntityKind, _ id: String) -> String {
        switch kind {
        case .partner: encode(Registry.partners.first { $0.id.rawValue == id }!)
        case .agreement: encode(Registry.agreements.first { $0.id.rawValue == id }!)
        case .mission: encode(Registry.missions.first { $0.id.rawValue == id }!)
        case .spacecraft: encode(Registry.spacecraft.first { $0.id.rawValue == id }!)
        case .station: encode(Registry.stations.first { $0.id.rawValue == id }!)
        case .user: encode(Registry.users.first { $0.id.rawValue == id }!)
        }
    }

    /// The user record of `id` in the registry.
    static func user(_ id: String) -> User {
        Registry.users.first { $0.id.rawValue == id }!
    }
}
