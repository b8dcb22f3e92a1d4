import Orbits

/// One interval on a ``Timeline`` row: a contact of a partner, or antenna downtime.
public struct TimelineBar: Sendable, Hashable {
    /// What the interval is.
    public enum Kind: Sendable, Hashable {
        /// A contact booked by the partner with this palette index.
        case contact(partner: Int)
        /// The antenna is unavailable (maintenance, outage): drawn hatched.
        case downtime
    }

    /// Index of the row (antenna) in ``Timeline/rows``.
    public var row: Int
    /// Start, UTC.
    public var start: Instant
    /// End, UTC.
    public var end: Instant
    /// Contact or downtime.
    public var kind: Kind
    /// Whether this is one of the viewer's own contacts: drawn with a thick outline.
    public var isOwn: Bool
    /// Accessible description (tooltip), already translated and formatted, e.g.
    /// "ISS (ZARYA), 10:02–10:12 UTC".
    public var label: String

    /// Creates a bar.
    public init(row: Int, start: Instant, end: Instant, kind: Kind, isOwn: Bool = false, label: String) {
        self.row = row
        self.start = start
        self.end = end
        self.kind = kind
        self.isOwn = isOwn
        self.label = label
    }
}
