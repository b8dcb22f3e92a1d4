/// The user-facing strings of a ``SeriesPlot``, already translated by the caller.
public struct SeriesPlotLabels: Sendable, Hashable {
    /// The chart's title (`<title>`), e.g. "Miss distance over successive screenings".
    public var title: String
    /// A one-sentence description (`<desc>`) for screen readers.
    public var description: String
    /// Time axis label with its time scale, e.g. "Screening time (UTC)".
    public var timeAxis: String
    /// Value axis label with its unit, e.g. "Miss distance (km)" or "Probability of collision".
    public var valueAxis: String

    /// Creates the labels.
    public init(title: String, description: String, timeAxis: String, valueAxis: String) {
        self.title = title
        self.description = description
        self.timeAxis = timeAxis
        self.valueAxis = valueAxis
    }
}
