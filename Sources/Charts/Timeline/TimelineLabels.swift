/// The user-facing strings of a ``Timeline``, already translated by the caller.
public struct TimelineLabels: Sendable, Hashable {
    /// The chart's title (`<title>`), e.g. "Network schedule, 2026-11-23".
    public var title: String
    /// A one-sentence description (`<desc>`) for screen readers.
    public var description: String
    /// Time axis label with its unit/time scale, e.g. "Time (UTC)".
    public var timeAxis: String
    /// Legend caption of downtime, e.g. "Downtime".
    public var downtime: String
    /// Legend caption of the viewer's own contacts, e.g. "Your contacts".
    public var ownContact: String

    /// Creates the labels.
    public init(title: String, description: String, timeAxis: String, downtime: String, ownContact: String) {
        self.title = title
        self.description = description
        self.timeAxis = timeAxis
        self.downtime = downtime
        self.ownContact = ownContact
    }
}
