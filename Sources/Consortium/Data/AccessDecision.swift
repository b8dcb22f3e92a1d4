import Orbits

/// Whether a principal may see a data product at an instant, and why: the reason goes to the
/// audit log; the caller sees only 200 or 404.
public enum AccessDecision: Sendable, Hashable, CustomStringConvertible {
    /// Why access is granted.
    public enum Grant: String, Sendable, Hashable {
        /// The principal's partner produced the product.
        case producer
        /// The embargo is over and the product is public.
        case `public`
        /// The embargo is over and the principal's partner is a party of the agreement in force.
        case consortium
        /// The embargo is over and the principal's partner is named and a party in force.
        case namedPartner
        /// The steward let the principal's partner in early, and it is a party in force.
        case earlyAccess
    }

    /// Why access is refused.
    public enum Refusal: String, Sendable, Hashable {
        /// The embargo is not over and the partner has no early access.
        case embargoed
        /// The covering agreement is not in force (suspended, withdrawn, expired, not yet effective).
        case agreementNotInForce
        /// The partner is not (or no longer) a party of the covering agreement.
        case notAParty
        /// The partner is a party but not one of the named partners.
        case notNamed
    }

    case allowed(Grant)
    case denied(Refusal)

    /// Whether access is granted.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .allowed(let grant): "allowed (\(grant.rawValue))"
        case .denied(let refusal): "denied (\(refusal.rawValue))"
        }
    }
}
