import Consortium

extension EntityTable {
    /// A value bound to a query parameter.
    typealias Bind = any Encodable & Sendable

    /// The values of `columns` for `entity`, in the same order.
    func values<E: Entity>(of entity: E) -> [Bind] {
        switch entity {
        case let partner as Partner:
            [partner.kind.rawValue, partner.country.rawValue]
        case let agreement as Agreement:
            [agreement.kind.rawValue, agreement.status.rawValue]
        case let mission as Mission:
            [mission.lead.rawValue, mission.status.rawValue]
        case let spacecraft as Spacecraft:
            [spacecraft.owner.rawValue, spacecraft.status.rawValue, spacecraft.noradID, spacecraft.cosparID]
        case let station as Station:
            [station.owner.rawValue, station.network]
        case let user as User:
            [user.partner.rawValue, user.role.rawValue]
        default:
            preconditionFailure("no table for \(E.self)")
        }
    }

    /// The ids each link table holds for `entity`, in the order of `links`, each id once.
    func linkValues<E: Entity>(of entity: E) -> [[String]] {
        switch entity {
        case let agreement as Agreement:
            [
                Self.unique(agreement.parties.map(\.partner.rawValue)),
                Self.unique(agreement.clauses.stationContributions.map(\.station.rawValue)),
            ]
        case let mission as Mission:
            [Self.unique(mission.participants.map(\.rawValue)), Self.unique(mission.spacecraft.map(\.rawValue))]
        default:
            []
        }
    }

    /// `ids` without repetitions, in their first order.
    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
