/// What a user may do, from most to least powerful.
///
/// - `consortiumAdmin`: manages partners, agreements and every user; reads everything.
/// - `partnerAdmin`: manages its partner's record, users, spacecraft, stations and missions.
/// - `operator`: creates and updates its partner's spacecraft, stations and missions.
/// - `viewer`: reads what its partner may see.
public enum Role: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case consortiumAdmin, partnerAdmin, `operator`, viewer

    /// The rank: a higher rank may do everything a lower one may.
    var rank: Int {
        switch self {
        case .consortiumAdmin: 3
        case .partnerAdmin: 2
        case .operator: 1
        case .viewer: 0
        }
    }

    /// Whether this role is at least as powerful as `other`.
    public func includes(_ other: Role) -> Bool { rank >= other.rank }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
