import Orbits

/// The data products a principal may see at an instant, in a form a store turns into a query
/// (the same rules as `DataProduct.decision(for:at:agreements:)`, so that lists, counts and
/// cursors only ever cover visible products).
public struct ProductScope: Sendable, Hashable {
    /// The principal's partner: it sees every product it produced.
    public var partner: Partner.ID
    /// The instant of the request: embargoes ending at or before it are over.
    public var instant: Instant
    /// The agreements in force on the instant's day of which `partner` is an active party.
    public var bindingAgreements: Set<Agreement.ID>

    /// The scope of `principal` at `instant` over `agreements` (every agreement as stored now).
    public init(principal: Principal, at instant: Instant, agreements: [Agreement]) {
        let day = Day(instant)
        self.partner = principal.partner
        self.instant = instant
        self.bindingAgreements = Set(agreements.filter { $0.binds(principal.partner, on: day) }.map(\.id))
    }

    /// Creates a scope from its parts.
    public init(partner: Partner.ID, instant: Instant, bindingAgreements: Set<Agreement.ID>) {
        self.partner = partner
        self.instant = instant
        self.bindingAgreements = bindingAgreements
    }

    /// Whether `product` is in the scope (what the store's query must agree with).
    public func contains(_ product: DataProduct) -> Bool {
        if product.producer == partner { return true }
        let policy = product.policy
        let released = policy.isReleased(at: instant)
        if released, policy.access == .public { return true }
        guard bindingAgreements.contains(policy.agreement) else { return false }
        if policy.earlyAccess.contains(partner) { return true }
        guard released else { return false }
        switch policy.access {
        case .public, .consortium: return true
        case .namedParties: return policy.namedPartners.contains(partner)
        }
    }
}
