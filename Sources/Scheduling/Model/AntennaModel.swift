/// An antenna of a `CompiledProblem`: owner by index, times in milliseconds.
public struct AntennaModel: Sendable, Hashable {
    /// The antenna's id.
    public let id: String
    /// Index of the owning partner.
    public let owner: Int
    /// Setup before each contact, milliseconds.
    public let setupMillis: Int
    /// Teardown after each contact, milliseconds.
    public let teardownMillis: Int
    /// Downtime spans, sorted.
    public let downtime: [MilliSpan]
    /// The owner's reservations, sorted: only the owner's requests may use the antenna then.
    public let reservations: [MilliSpan]
    /// For each partner, true when the owner excludes it.
    public let excluded: [Bool]

    /// True when a contact of `partner` keeping the antenna busy over `busy` avoids every
    /// downtime span and, unless `partner` is the owner, every reservation.
    public func allows(partner: Int, busy: MilliSpan) -> Bool {
        if excluded[partner] { return false }
        if Self.anyOverlap(downtime, busy) { return false }
        return partner == owner || !Self.anyOverlap(reservations, busy)
    }

    /// True when a sorted span list has a span overlapping `span`.
    static func anyOverlap(_ sorted: [MilliSpan], _ span: MilliSpan) -> Bool {
        // Spans may overlap each other, so scan every span starting before `span` ends; the
        // lists are short (maintenance windows).
        for other in sorted {
            if other.start >= span.end { break }
            if other.end > span.start { return true }
        }
        return false
    }
}
