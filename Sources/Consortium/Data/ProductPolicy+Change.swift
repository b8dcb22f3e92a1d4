import Orbits

extension ProductPolicy {
    /// The most partners an early-access list may name.
    public static let maximumEarlyAccess = 200

    /// The policy after a steward's `change`, checked against the data clause: `beyondClause`
    /// naming `embargoEnd` for an end past `clauseEmbargoEnd`, `access` or `namedPartners` for
    /// another audience; `notAParty` naming `earlyAccess[i]` for a partner that is not a party of
    /// `agreement` (the covering agreement, as stored now) or is the producer itself.
    public func applying(
        _ change: ProductPolicyChange, agreement: Agreement, producer: Partner.ID
    ) throws(DataPolicyError) -> ProductPolicy {
        var result = self
        if let access = change.access, access != self.access {
            throw DataPolicyError(
                .beyondClause, field: "access",
                detail: "the audience is set by the data clause of '\(self.agreement)' ("
                    + "\(self.access.rawValue)); it cannot become \(access.rawValue)")
        }
        if let named = change.namedPartners, named != namedPartners {
            throw DataPolicyError(
                .beyondClause, field: "namedPartners",
                detail: "the named partners are set by the data clause of '\(self.agreement)'; "
                    + "give early access instead")
        }
        if let end = change.embargoEnd {
            guard !(clauseEmbargoEnd < end) else {
                throw DataPolicyError(
                    .beyondClause, field: "embargoEnd",
                    detail: "\(end) is after the end the data clause of '\(self.agreement)' allows, "
                        + "\(clauseEmbargoEnd); a steward may shorten the embargo, never lengthen it past the clause")
            }
            result.embargoEnd = end
        }
        if let early = change.earlyAccess {
            guard early.count <= Self.maximumEarlyAccess else {
                throw DataPolicyError(
                    .invalidValue, field: "earlyAccess", detail: "at most \(Self.maximumEarlyAccess) partners")
            }
            let parties = Set(agreement.parties.map(\.partner))
            var seen = Set<Partner.ID>()
            for (index, partner) in early.enumerated() {
                let field = "earlyAccess[\(index)]"
                guard partner != producer else {
                    throw DataPolicyError(
                        .invalidValue, field: field, detail: "'\(partner)' produced the product; it always has access")
                }
                guard parties.contains(partner) else {
                    throw DataPolicyError(
                        .notAParty, field: field, detail: "'\(partner)' is not a party of agreement '\(agreement.id)'")
                }
                guard seen.insert(partner).inserted else {
                    throw DataPolicyError(.invalidValue, field: field, detail: "'\(partner)' is listed twice")
                }
            }
            result.earlyAccess = early
        }
        return result
    }
}
