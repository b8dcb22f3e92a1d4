/// A circle on the sphere: every point at `radius` degrees of arc from `center`, e.g. a
/// station's visibility circle or the terminator (radius 90° around the subsolar point).
///
/// ``outline(count:)`` gives vertices with continuous (unwrapped) longitudes and
/// ``mapRings(count:)`` the closed rings ready for an equirectangular map: a circle around a
/// pole is closed along that pole's edge of the map, and a ring reaching past ±180° is drawn
/// again shifted by ∓360° so the clipped map shows the part across the antimeridian.
public struct SmallCircle: Sendable, Hashable {
    /// The centre.
    public var center: GeoPoint
    /// The angular radius, degrees of arc (0 < radius < 180).
    public var radius: Double

    /// Creates a circle of `radius` degrees of arc around `center`.
    public init(center: GeoPoint, radius: Double) {
        self.center = center
        self.radius = radius
    }

    /// Whether the circle encloses the north pole (+1), the south pole (−1) or neither (0).
    public var enclosedPole: Int {
        if 90 - center.latitude < radius { return 1 }
        if 90 + center.latitude < radius { return -1 }
        return 0
    }

    /// `count` vertices going clockwise (bearing 0° … 360°) with unwrapped longitudes: each
    /// vertex's longitude differs from the previous one by less than 180°.
    public func outline(count: Int = 180) -> [GeoPoint] {
        let n = max(count, 8)
        var points: [GeoPoint] = []
        points.reserveCapacity(n)
        var previous = center.longitude
        for i in 0..<n {
            var point = SphericalGeometry.destination(
                from: center, bearing: 360 * Double(i) / Double(n), distance: radius)
            // Keep the longitude continuous with the previous vertex.
            while point.longitude - previous > 180 { point.longitude -= 360 }
            while point.longitude - previous < -180 { point.longitude += 360 }
            previous = point.longitude
            points.append(point)
        }
        return points
    }

    /// Closed rings for an equirectangular map, before the ±360° copies: the outline itself,
    /// or — around a pole — the outline continued over one full turn of longitude and closed
    /// along the map's top or bottom edge.
    public func mapRing(count: Int = 180) -> [GeoPoint] {
        var ring = outline(count: count)
        let pole = enclosedPole
        guard pole != 0, let first = ring.first, let last = ring.last else { return ring }
        // Around a pole the longitude drifts by a full turn: repeat the first vertex one turn
        // on, then run along the pole's edge back to the start.
        let turn = last.longitude < first.longitude ? -360.0 : 360.0
        ring.append(GeoPoint(latitude: first.latitude, longitude: first.longitude + turn))
        let edge = Double(pole) * 90
        ring.append(GeoPoint(latitude: edge, longitude: first.longitude + turn))
        ring.append(GeoPoint(latitude: edge, longitude: first.longitude))
        return ring
    }

    /// The rings to draw on a map clipped to −180…180°: ``mapRing(count:)``, plus its copy
    /// shifted by +360° when it reaches west of −180° and by −360° when it reaches east of 180°.
    public func mapRings(count: Int = 180) -> [[GeoPoint]] {
        let ring = mapRing(count: count)
        let longitudes = ring.map(\.longitude)
        var rings = [ring]
        for (shift, needed) in [(360.0, (longitudes.min() ?? 0) < -180), (-360.0, (longitudes.max() ?? 0) > 180)]
        where needed {
            rings.append(ring.map { GeoPoint(latitude: $0.latitude, longitude: $0.longitude + shift) })
        }
        return rings
    }
}
