extension Agreement {
    /// Whether the agreement applies on `day`: in force, effective, not expired.
    public func isInForce(on day: Day) -> Bool {
        status == .inForce && effective <= day && (expires.map { day < $0 } ?? true)
    }

    /// The partners that are parties on `day` (those who withdrew before it excluded).
    public func activeParties(on day: Day) -> [Partner.ID] {
        parties.filter { $0.isActive(on: day) }.map(\.partner)
    }

    /// Whether `partner` is a party of the agreement in force on `day`.
    public func binds(_ partner: Partner.ID, on day: Day) -> Bool {
        isInForce(on: day) && parties.contains { $0.partner == partner && $0.isActive(on: day) }
    }

    /// The network share of `partner` in percent, 0 when it has none.
    public func networkShare(of partner: Partner.ID) -> Double {
        clauses.networkShares.first { $0.partner == partner }?.percent ?? 0
    }
}
