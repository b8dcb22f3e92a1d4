/// The plate carrée projection onto a pixel rectangle: longitude −180…180° → x from `left`
/// to `left + width`, latitude 90…−90° → y from `top` to `top + height`.
public struct EquirectangularProjection: Sendable, Hashable {
    /// Left edge of the map, px.
    public var left: Double
    /// Top edge of the map, px.
    public var top: Double
    /// Map width, px (360° of longitude).
    public var width: Double
    /// Map height, px (180° of latitude).
    public var height: Double

    /// Creates a projection onto the rectangle at (`left`, `top`) of `width` × `height` px.
    public init(left: Double = 0, top: Double = 0, width: Double, height: Double) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// Pixels per degree of longitude.
    public var xScale: Double { width / 360 }
    /// Pixels per degree of latitude.
    public var yScale: Double { height / 180 }

    /// The pixel position of a point (longitude not normalised: 190° lies right of the map).
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        (left + (point.longitude + 180) * xScale, top + (90 - point.latitude) * yScale)
    }

    /// The point at a pixel position (the inverse of ``project(_:)``).
    public func point(x: Double, y: Double) -> GeoPoint {
        GeoPoint(latitude: 90 - (y - top) / yScale, longitude: (x - left) / xScale - 180)
    }

    /// The SVG `transform` that maps the land path's tenths of a degree (x east, y north) to
    /// this projection's pixels.
    var tenthsOfDegreeTransform: String {
        let sx = xScale / 10, sy = -yScale / 10
        return "matrix(\(sx) 0 0 \(sy) \(SVGNumber.format(left + 180 * xScale)) \(SVGNumber.format(top + 90 * yScale)))"
    }
}
