import Orbits

/// Who may see one data product, and from when: the audience after the embargo, the embargo's
/// end, and the partners the data steward let in early.
///
/// Made at upload from the data clause of the covering agreement (`init(clause:…)`), changed only
/// within that clause (`applying(_:agreement:)`), and judged at every request against the clock and
/// the agreement's current state (`DataProduct.decision(for:at:agreements:)`), so that a suspended
/// agreement or a withdrawn partner loses access at once. The producing partner always has access.
public struct ProductPolicy: Codable, Sendable, Hashable {
    /// The audience once the embargo is over (the clause's `access`).
    public var access: DataPolicy.Access
    /// The agreement whose data clause governs the product.
    public var agreement: Agreement.ID
    /// The partners that see the product after the embargo when `access` is `namedParties`.
    public var namedPartners: [Partner.ID]
    /// The end of the embargo (proprietary period): before it only the producer and `earlyAccess` see it.
    public var embargoEnd: Instant
    /// The latest embargo end the clause allows: the steward may move `embargoEnd` up to it, never past.
    public var clauseEmbargoEnd: Instant
    /// Partners the steward let in before the embargo ends (parties of the agreement).
    public var earlyAccess: [Partner.ID]

    /// Creates a policy.
    public init(
        access: DataPolicy.Access, agreement: Agreement.ID, namedPartners: [Partner.ID] = [], embargoEnd: Instant,
        clauseEmbargoEnd: Instant? = nil, earlyAccess: [Partner.ID] = []
    ) {
        self.access = access
        self.agreement = agreement
        self.namedPartners = namedPartners
        self.embargoEnd = embargoEnd
        self.clauseEmbargoEnd = clauseEmbargoEnd ?? embargoEnd
        self.earlyAccess = earlyAccess
    }

    /// The default policy of a product of `producer` governed by `agreement`: the clause's audience
    /// and named parties, and an embargo of `proprietaryPeriodDays` × 86 400 s from `start` (the
    /// observation's end, or the upload if that is earlier). No early access: the clause gives
    /// none beyond the producer.
    public init(clauseOf agreement: Agreement, start: Instant) {
        let clause = agreement.clauses.dataPolicy
        let end = start.adding(seconds: Double(clause.proprietaryPeriodDays) * 86_400)
        self.init(
            access: clause.access, agreement: agreement.id,
            namedPartners: clause.access == .namedParties ? clause.namedParties : [], embargoEnd: end,
            clauseEmbargoEnd: end)
    }

    /// Whether the embargo is over at `instant` (it ends exactly at `embargoEnd`).
    public func isReleased(at instant: Instant) -> Bool {
        !(instant < embargoEnd)
    }
}
