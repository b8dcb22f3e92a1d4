import Orbits

extension DataProduct {
    /// Whether `principal` may see this product at `instant`, given the agreements as stored now
    /// (by id; the covering one missing counts as not in force).
    ///
    /// The rules, in order:
    /// 1. the producer's users always see it (any role);
    /// 2. once the embargo is over (`instant ≥ embargoEnd`), a `public` product is seen by anyone;
    /// 3. everyone else needs the covering agreement in force on the instant's UTC day with their
    ///    partner an active party (so suspension and withdrawal apply at once), and then:
    ///    early access (any time), or after the embargo `consortium` (any party) or
    ///    `namedParties` (the named ones).
    ///
    /// Consortium administrators have no privilege here: the secretariat does not read a
    /// partner's proprietary data (it reads the audit log instead).
    public func decision(
        for principal: Principal, at instant: Instant, agreements: [Agreement.ID: Agreement]
    ) -> AccessDecision {
        let partner = principal.partner
        if partner == producer { return .allowed(.producer) }
        let released = policy.isReleased(at: instant)
        if released, policy.access == .public { return .allowed(.public) }
        let day = Day(instant)
        guard let agreement = agreements[policy.agreement], agreement.isInForce(on: day) else {
            return .denied(.agreementNotInForce)
        }
        guard agreement.binds(partner, on: day) else { return .denied(.notAParty) }
        if policy.earlyAccess.contains(partner) { return .allowed(.earlyAccess) }
        guard released else { return .denied(.embargoed) }
        switch policy.access {
        case .public:
            return .allowed(.public)
        case .consortium:
            return .allowed(.consortium)
        case .namedParties:
            return policy.namedPartners.contains(partner) ? .allowed(.namedPartner) : .denied(.notNamed)
        }
    }
}
