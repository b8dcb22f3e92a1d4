extension Agreement {
    /// How far the shares may be from 100 % after rounding, in percentage points.
    public static let shareTolerance = 1e-6

    /// Checks the agreement's rules, naming the first field that breaks one:
    /// at least two distinct parties (exactly two for a bilateral arrangement); signed ≤ effective
    /// < expires; shares over current parties only, each in (0, 100], summing to 100; station
    /// contributions from current parties, each station once; named data parties are parties.
    public func validate() throws(DomainError) {
        try TextRules.requireName(title, field: "title", maximum: 300)
        try TextRules.requireLength(notes ?? "", field: "notes", maximum: 4000)
        try validateParties()
        try validateDates()
        let current = Set(parties.filter { $0.withdrawn == nil }.map(\.partner))
        try Self.validate(shares: clauses.networkShares, field: "clauses.networkShares", parties: current)
        try Self.validate(shares: clauses.costShares, field: "clauses.costShares", parties: current)
        try validateContributions(current: current)
        try validateDataPolicy()
    }

    private func validateParties() throws(DomainError) {
        guard parties.count >= 2 else {
            throw DomainError(.outOfRange, field: "parties", detail: "an agreement needs at least two parties")
        }
        if kind == .bilateralArrangement, parties.count != 2 {
            throw DomainError(
                .outOfRange, field: "parties",
                detail: "a bilateral arrangement has exactly two parties, not \(parties.count)")
        }
        guard parties.count <= 200 else {
            throw DomainError(.outOfRange, field: "parties", detail: "at most 200 parties")
        }
        try TextRules.requireUnique(parties.map(\.partner), field: "parties") { "partner '\($0)'" }
    }

    private func validateDates() throws(DomainError) {
        guard signed <= effective else {
            throw DomainError(
                .dateOrder, field: "effective", detail: "takes effect \(effective), before it was signed \(signed)")
        }
        if let expires, expires <= effective {
            throw DomainError(
                .dateOrder, field: "expires", detail: "expires \(expires), not after it takes effect \(effective)")
        }
        for (index, party) in parties.enumerated() {
            if let withdrawn = party.withdrawn, withdrawn < signed {
                throw DomainError(
                    .dateOrder, field: "parties[\(index)].withdrawn",
                    detail: "\(party.partner) withdrew \(withdrawn), before the agreement was signed \(signed)")
            }
        }
    }

    static func validate(shares: [Share], field: String, parties: Set<Partner.ID>) throws(DomainError) {
        guard !shares.isEmpty else { return }
        try TextRules.requireUnique(shares.map(\.partner), field: field) { "partner '\($0)'" }
        var total = 0.0
        for (index, share) in shares.enumerated() {
            guard parties.contains(share.partner) else {
                throw DomainError(
                    .notAParty, field: "\(field)[\(index)].partner",
                    detail: "'\(share.partner)' is not a current party of the agreement")
            }
            guard share.percent.isFinite, share.percent > 0, share.percent <= 100 else {
                throw DomainError(
                    .outOfRange, field: "\(field)[\(index)].percent",
                    detail: "\(share.percent) is not a percentage in (0, 100]")
            }
            total += share.percent
        }
        guard abs(total - 100) <= shareTolerance else {
            throw DomainError(
                .sharesDoNotSum, field: field,
                detail: "the shares add up to \((total * 1e6).rounded() / 1e6) %, not 100 %")
        }
    }

    private func validateContributions(current: Set<Partner.ID>) throws(DomainError) {
        let field = "clauses.stationContributions"
        try TextRules.requireUnique(clauses.stationContributions.map(\.station), field: field) { "station '\($0)'" }
        for (index, contribution) in clauses.stationContributions.enumerated()
        where !current.contains(contribution.partner) {
            throw DomainError(
                .notAParty, field: "\(field)[\(index)].partner",
                detail: "'\(contribution.partner)' is not a current party of the agreement")
        }
    }

    private func validateDataPolicy() throws(DomainError) {
        let policy = clauses.dataPolicy
        let field = "clauses.dataPolicy"
        guard (0...DataPolicy.maximumProprietaryPeriodDays).contains(policy.proprietaryPeriodDays) else {
            throw DomainError(
                .outOfRange, field: "\(field).proprietaryPeriodDays",
                detail: "\(policy.proprietaryPeriodDays) is not in 0...\(DataPolicy.maximumProprietaryPeriodDays) days")
        }
        switch policy.access {
        case .namedParties:
            guard !policy.namedParties.isEmpty else {
                throw DomainError(
                    .outOfRange, field: "\(field).namedParties", detail: "namedParties access needs at least one party")
            }
        case .public, .consortium:
            guard policy.namedParties.isEmpty else {
                throw DomainError(
                    .outOfRange, field: "\(field).namedParties",
                    detail: "named parties are listed only with access 'namedParties'")
            }
        }
        let all = Set(parties.map(\.partner))
        try TextRules.requireUnique(policy.namedParties, field: "\(field).namedParties") { "partner '\($0)'" }
        for (index, partner) in policy.namedParties.enumerated() where !all.contains(partner) {
            throw DomainError(
                .notAParty, field: "\(field).namedParties[\(index)]",
                detail: "'\(partner)' is not a party of the agreement")
        }
    }
}
