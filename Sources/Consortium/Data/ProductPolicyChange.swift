import Orbits

/// A data steward's change of a product's policy (`PUT /api/v1/products/{id}/policy`): every
/// member optional, the ones given replace the current values.
///
/// Only two changes are allowed, both within the agreement's data clause: an embargo end no
/// later than the clause's (`ProductPolicy.clauseEmbargoEnd`), and early access for parties of the
/// covering agreement. `access` and `namedPartners` may be sent only with their current values:
/// the audience is the clause's.
public struct ProductPolicyChange: Codable, Sendable, Hashable {
    /// The new end of the embargo (earlier than the clause's, or equal).
    public var embargoEnd: Instant?
    /// The partners let in before the embargo ends, replacing the current list.
    public var earlyAccess: [Partner.ID]?
    /// Must equal the current audience if given.
    public var access: DataPolicy.Access?
    /// Must equal the current named partners if given.
    public var namedPartners: [Partner.ID]?

    /// Creates a change.
    public init(
        embargoEnd: Instant? = nil, earlyAccess: [Partner.ID]? = nil, access: DataPolicy.Access? = nil,
        namedPartners: [Partner.ID]? = nil
    ) {
        self.embargoEnd = embargoEnd
        self.earlyAccess = earlyAccess
        self.access = access
        self.namedPartners = namedPartners
    }
}
