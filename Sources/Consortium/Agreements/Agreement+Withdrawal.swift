extension Agreement {
    /// The agreement after `partner` withdraws on `day`, with the others' terms kept consistent.
    ///
    /// The partner stays listed as a party with its day of withdrawal (history matters), and:
    /// - its network and cost shares are removed and the remaining parties' shares are scaled so
    ///   that they again add up to 100 % in the same proportions (funding volatility: the others
    ///   keep their relative standing);
    /// - the stations it contributed leave the pool;
    /// - it leaves the named parties of the data policy; if none remain, the policy falls back
    ///   to `consortium` (the remaining parties), never to `public`;
    /// - with fewer than two parties left, the agreement's status becomes `withdrawn`.
    ///
    /// Throws `notAParty` when the partner is not a current party, `invalidTransition` when the
    /// agreement is already withdrawn, and `dateOrder` when `day` precedes the signature.
    public func withdrawing(_ partner: Partner.ID, on day: Day) throws(DomainError) -> Agreement {
        guard status != .withdrawn else {
            throw DomainError(.invalidTransition, field: "status", detail: "agreement '\(id)' is already withdrawn")
        }
        guard let index = parties.firstIndex(where: { $0.partner == partner && $0.withdrawn == nil }) else {
            throw DomainError(.notAParty, field: "partner", detail: "'\(partner)' is not a current party of '\(id)'")
        }
        guard day >= signed else {
            throw DomainError(.dateOrder, field: "day", detail: "\(day) is before the agreement was signed \(signed)")
        }
        var result = self
        result.parties[index].withdrawn = day
        result.clauses.networkShares = Self.rescaled(clauses.networkShares, removing: partner)
        result.clauses.costShares = Self.rescaled(clauses.costShares, removing: partner)
        result.clauses.stationContributions.removeAll { $0.partner == partner }
        var policy = clauses.dataPolicy
        policy.namedParties.removeAll { $0 == partner }
        if policy.access == .namedParties, policy.namedParties.isEmpty {
            policy.access = .consortium
        }
        result.clauses.dataPolicy = policy
        if result.parties.filter({ $0.withdrawn == nil }).count < 2 {
            result.status = .withdrawn
        }
        return result
    }

    /// `shares` without `partner`, the rest scaled to sum to 100 % (empty if none remain).
    static func rescaled(_ shares: [Share], removing partner: Partner.ID) -> [Share] {
        let remaining = shares.filter { $0.partner != partner }
        let total = remaining.reduce(0) { $0 + $1.percent }
        guard total > 0 else { return [] }
        return remaining.map { Share(partner: $0.partner, percent: $0.percent * 100 / total) }
    }
}
