/// An equirectangular world map as an SVG document: land (Natural Earth 1:110m), ground
/// stations with names and visibility circles, spacecraft ground tracks, and the night side
/// with the subsolar point at an instant.
///
/// Build the inputs with Orbits (``GroundTrack``, ``SolarGeometry``), pass every caption
/// translated in ``WorldMapLabels`` and a formatter for the degree tick labels, and call
/// ``svg(labels:longitudeLabel:latitudeLabel:)``. The map is `width` × `width / 2` px plus
/// margins for the axes and the legend.
public struct WorldMap: Sendable, Hashable {
    /// Width of the map area, px (its height is half of it).
    public var width: Double
    /// The stations to mark.
    public var stations: [MapStation]
    /// The visibility circle drawn around every station, or `nil` for none.
    public var visibility: VisibilityCircle?
    /// The ground tracks to draw.
    public var tracks: [MapTrack]
    /// The subsolar point for the night shading, or `nil` for no terminator.
    public var subsolarPoint: GeoPoint?
    /// Prefix of every element id, unique within the page (e.g. "map").
    public var idPrefix: String

    /// Creates a map; `width` is clamped to at least 240 px.
    public init(
        width: Double = 960, stations: [MapStation] = [], visibility: VisibilityCircle? = nil,
        tracks: [MapTrack] = [], subsolarPoint: GeoPoint? = nil, idPrefix: String = "map"
    ) {
        self.width = max(width, 240)
        self.stations = stations
        self.visibility = visibility
        self.tracks = tracks
        self.subsolarPoint = subsolarPoint
        self.idPrefix = idPrefix
    }

    /// Left margin (latitude labels and axis title), px.
    static let marginLeft = 52.0
    /// Top margin, px.
    static let marginTop = 10.0
    /// Space below the map for longitude labels and the axis title, px.
    static let axisHeight = 40.0
    /// Right margin, px.
    static let marginRight = 16.0

    /// The projection of the map area inside the document.
    public var projection: EquirectangularProjection {
        EquirectangularProjection(left: Self.marginLeft, top: Self.marginTop, width: width, height: width / 2)
    }
}
