import Orbits

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A polar sky plot of one pass as an SVG document: the horizon as the outer circle, the
/// zenith at the centre, elevation rings at 0°, 30° and 60°, north up and east right (the
/// usual satellite sky plot), the pass's path with AOS, LOS and maximum-elevation markers.
///
/// The radius is linear in zenith angle: r = (90° − elevation) / 90° × R.
public struct SkyPlot: Sendable, Hashable {
    /// The pass's directions in time order (AOS first, LOS last).
    public var points: [SkyPoint]
    /// Palette index of the pass's partner for the path colour, or `nil` for blue.
    public var partner: Int?
    /// Width and height of the square document, px.
    public var size: Double
    /// Prefix of every element id, unique within the page.
    public var idPrefix: String

    /// Creates a sky plot of `points` (directions in time order).
    public init(points: [SkyPoint], partner: Int? = nil, size: Double = 360, idPrefix: String = "sky") {
        self.points = points
        self.partner = partner
        self.size = max(size, 200)
        self.idPrefix = idPrefix
    }

    /// Samples a pass from Orbits: the look angles from `station` every `stepSeconds` from
    /// `aos` to `los` (both included), from SGP4 TEME states rotated to ITRF (UT1 − UTC in s).
    public init(
        propagator: SGP4Propagator, station: GroundStation, aos: Instant, los: Instant, stepSeconds: Double = 10,
        ut1MinusUTC: Double = 0, partner: Int? = nil, size: Double = 360, idPrefix: String = "sky"
    ) throws(SGP4Error) {
        let frame = TopocentricFrame(
            latitudeDegrees: station.latitudeDegrees, longitudeDegrees: station.longitudeDegrees,
            height: station.heightKilometers)
        let duration = max(los.seconds(since: aos), 0)
        let step = stepSeconds > 0 ? stepSeconds : 10
        var offsets = Array(stride(from: 0.0, to: duration, by: step))
        offsets.append(duration)
        var points: [SkyPoint] = []
        for offset in offsets {
            let instant = aos.adding(seconds: offset)
            let state = try propagator.state(at: instant)
            let look = frame.lookAngles(
                temePosition: state.position, velocity: state.velocity, at: instant, ut1MinusUTC: ut1MinusUTC)
            points.append(SkyPoint(azimuth: look.azimuthDegrees, elevation: look.elevationDegrees))
        }
        self.init(points: points, partner: partner, size: size, idPrefix: idPrefix)
    }

    /// Centre of the plot, px.
    public var center: (x: Double, y: Double) { (size / 2, size / 2 - 10) }

    /// Radius of the horizon circle, px.
    public var radius: Double { size / 2 - 44 }

    /// The pixel position of a direction: north up, east right; below-horizon points are
    /// placed on the horizon.
    public func position(of point: SkyPoint) -> (x: Double, y: Double) {
        let r = (90 - min(max(point.elevation, 0), 90)) / 90 * radius
        let a = point.azimuth * SphericalGeometry.radians
        return (center.x + r * sin(a), center.y - r * cos(a))
    }

    /// Index of the point of maximum elevation, or `nil` when there are no points.
    public var maximumIndex: Int? {
        points.indices.max { points[$0].elevation < points[$1].elevation }
    }
}
