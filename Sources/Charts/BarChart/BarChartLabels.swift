/// The user-facing strings of a ``BarChart``, already translated by the caller.
public struct BarChartLabels: Sendable, Hashable {
    /// The chart's title (`<title>`), e.g. "Network use this week".
    public var title: String
    /// A one-sentence description (`<desc>`) for screen readers.
    public var description: String
    /// Value axis label with its unit, e.g. "Share of network time (%)".
    public var valueAxis: String
    /// Legend caption of the bars, e.g. "Received".
    public var received: String
    /// Legend caption of the entitlement marks, e.g. "Entitlement".
    public var entitlement: String

    /// Creates the labels.
    public init(title: String, description: String, valueAxis: String, received: String, entitlement: String) {
        self.title = title
        self.description = description
        self.valueAxis = valueAxis
        self.received = received
        self.entitlement = entitlement
    }
}
