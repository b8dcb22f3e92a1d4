/// The user-facing strings of a ``WorldMap``, already translated by the caller.
public struct WorldMapLabels: Sendable, Hashable {
    /// The chart's title (`<title>`), e.g. "Ground stations and tracks".
    public var title: String
    /// A one-sentence description (`<desc>`) of what the map shows, for screen readers.
    public var description: String
    /// Longitude axis label with its unit, e.g. "Longitude (°)".
    public var longitudeAxis: String
    /// Latitude axis label with its unit, e.g. "Latitude (°)".
    public var latitudeAxis: String
    /// Legend caption of the stations' markers, e.g. "Ground station".
    public var station: String
    /// Legend caption of the visibility circles, e.g. "Visibility at 420 km, 10° elevation".
    public var visibilityCircle: String
    /// Legend caption of the night shading, e.g. "Night".
    public var night: String
    /// Legend caption of the subsolar point, e.g. "Subsolar point".
    public var subsolarPoint: String

    /// Creates the labels.
    public init(
        title: String, description: String, longitudeAxis: String, latitudeAxis: String, station: String,
        visibilityCircle: String, night: String, subsolarPoint: String
    ) {
        self.title = title
        self.description = description
        self.longitudeAxis = longitudeAxis
        self.latitudeAxis = latitudeAxis
        self.station = station
        self.visibilityCircle = visibilityCircle
        self.night = night
        self.subsolarPoint = subsolarPoint
    }
}
