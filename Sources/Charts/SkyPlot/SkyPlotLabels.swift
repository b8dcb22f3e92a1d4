/// The user-facing strings of a ``SkyPlot``, already translated by the caller.
public struct SkyPlotLabels: Sendable, Hashable {
    /// The chart's title (`<title>`), e.g. "Pass of ISS over Kiruna, 23 Nov 10:02 UTC".
    public var title: String
    /// A one-sentence description (`<desc>`) for screen readers, e.g. with AOS/LOS azimuths.
    public var description: String
    /// The four cardinal points in the order north, east, south, west, e.g. ["N", "E", "S", "W"].
    public var cardinalPoints: [String]
    /// Caption naming the radial axis with its unit, e.g. "Elevation (°)".
    public var elevationAxis: String
    /// Legend caption of the acquisition of signal, e.g. "AOS".
    public var aos: String
    /// Legend caption of the loss of signal, e.g. "LOS".
    public var los: String
    /// Legend caption of the maximum elevation, e.g. "Maximum elevation".
    public var maximum: String

    /// Creates the labels; `cardinalPoints` must have four entries (missing ones are blank).
    public init(
        title: String, description: String, cardinalPoints: [String], elevationAxis: String, aos: String,
        los: String, maximum: String
    ) {
        self.title = title
        self.description = description
        self.cardinalPoints = cardinalPoints
        self.elevationAxis = elevationAxis
        self.aos = aos
        self.los = los
        self.maximum = maximum
    }
}
