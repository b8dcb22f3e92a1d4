import Orbits
import Testing

@testable import Charts

@Suite struct GeometryTests {
    @Test func projectsKnownPointsToPixels() {
        // Plate carrée on a 960 × 480 px map: x = (lon + 180) × 960/360, y = (90 − lat) × 480/180.
        let projection = EquirectangularProjection(width: 960, height: 480)
        let origin = projection.project(GeoPoint(latitude: 0, longitude: 0))
        #expect(origin.x == 480 && origin.y == 240)
        // Paris, 48.8566° N 2.3522° E: (182.3522 × 8/3, 41.1434 × 8/3) = (486.2725, 109.7157) px.
        let paris = projection.project(GeoPoint(latitude: 48.8566, longitude: 2.3522))
        #expect(abs(paris.x - 486.2725) < 1e-3)
        #expect(abs(paris.y - 109.7157) < 1e-3)
        let southWest = projection.project(GeoPoint(latitude: -90, longitude: -180))
        #expect(southWest.x == 0 && southWest.y == 480)
        let back = projection.point(x: paris.x, y: paris.y)
        #expect(abs(back.latitude - 48.8566) < 1e-9 && abs(back.longitude - 2.3522) < 1e-9)
        // The world map's projection sits inside its margins: the map's top-left corner is (52, 10) px.
        let map = WorldMap(width: 720).projection
        let corner = map.project(GeoPoint(latitude: 90, longitude: -180))
        #expect(corner.x == 52 && corner.y == 10)
        #expect(map.height == 360)
    }

    @Test func visibilityCircleRadiusForISS() throws {
        // Independent check: R = 6378.137 km, h = 420 km, ε = 10°.
        // R cos ε / (R + h) = 6378.137 × 0.98480775 / 6798.137 = 0.92396472;
        // arccos(0.92396472) = 22.48724°; λ = 22.48724° − 10° = 12.48724°.
        // (With R = 6371 km: 12.4968°. Not 14.7°: that would need ε ≈ 6°.)
        let visibility = try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 10)
        #expect(abs(visibility.centralAngleDegrees - 12.48724) < 1e-4)
        // With ε = 0 the circle reaches the geometric horizon: arccos(6378.137 / 6798.137) = 20.24552°.
        let horizon = try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 0)
        #expect(abs(horizon.centralAngleDegrees - 20.24552) < 1e-4)
        // Every vertex of the drawn circle is λ from the station.
        let kiruna = GeoPoint(latitude: 67.857, longitude: 20.964)
        for vertex in visibility.circle(around: kiruna).outline(count: 90) {
            #expect(abs(SphericalGeometry.centralAngle(kiruna, vertex) - visibility.centralAngleDegrees) < 1e-9)
        }
    }

    @Test func rejectsInvalidVisibilityInput() {
        #expect(throws: ChartError(.outOfRange, field: "VisibilityCircle.altitudeKilometers", value: "-5.0")) {
            try VisibilityCircle(altitudeKilometers: -5, minimumElevationDegrees: 10)
        }
        #expect(throws: ChartError(.outOfRange, field: "VisibilityCircle.minimumElevationDegrees", value: "90.0")) {
            try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 90)
        }
    }

    @Test func circleAcrossTheAntimeridianIsDrawnOnBothEdges() throws {
        // A station at 175° E: its 12.5° circle reaches ~187° E, i.e. −173°.
        let circle = try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 10)
            .circle(around: GeoPoint(latitude: -40, longitude: 175))
        #expect(circle.enclosedPole == 0)
        let ring = circle.mapRing()
        #expect(ring.count == 180)
        #expect(ring.map(\.longitude).max()! > 185)
        // The copy shifted by −360° brings that part in from the left edge of the map.
        let rings = circle.mapRings()
        #expect(rings.count == 2)
        #expect(rings[1].contains { $0.longitude > -180 && $0.longitude < -175 })
        // A circle well inside the map needs no copy.
        #expect(SmallCircle(center: GeoPoint(latitude: -40, longitude: 0), radius: circle.radius).mapRings().count == 1)
        // Longitudes stay continuous: no jump of 180° or more between vertices.
        for (a, b) in zip(ring, ring.dropFirst()) { #expect(abs(b.longitude - a.longitude) < 30) }
    }

    @Test func circleOverAPoleIsClosedAlongTheMapEdge() throws {
        // Svalbard (78.23° N): at ε = 0° the ISS circle (20.25°) reaches beyond the pole (11.77° away).
        let circle = try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 0)
            .circle(around: GeoPoint(latitude: 78.23, longitude: 15.39))
        #expect(circle.enclosedPole == 1)
        // One turn of longitude plus one shifted copy cover all 360° of the map.
        #expect(circle.mapRings(count: 120).count == 2)
        let ring = circle.mapRing(count: 120)
        let outline = Array(ring.prefix(120))
        let longitudes = outline.map(\.longitude)
        // One full turn of longitude, and the last two vertices are on the top edge.
        #expect(abs((longitudes.last! - longitudes.first!)) > 340)
        #expect(ring.suffix(2).allSatisfy { $0.latitude == 90 })
        // The southernmost vertex (bearing 180°) is on the station's meridian: 78.23 − 20.24552 = 57.98448° N.
        #expect(abs(outline.map(\.latitude).min()! - 57.98448) < 1e-5)
        // A circle that does not reach the pole is not closed along an edge.
        let kiruna = try VisibilityCircle(altitudeKilometers: 420, minimumElevationDegrees: 10)
            .circle(around: GeoPoint(latitude: 67.857, longitude: 20.964))
        #expect(kiruna.enclosedPole == 0)
        #expect(kiruna.mapRing(count: 60).count == 60)
    }

    @Test func splitsLinesAtTheAntimeridian() {
        let line = [
            GeoPoint(latitude: 0, longitude: 170), GeoPoint(latitude: 2, longitude: 178),
            GeoPoint(latitude: 4, longitude: -176), GeoPoint(latitude: 6, longitude: -168),
        ]
        let segments = Antimeridian.split(line)
        #expect(segments.count == 2)
        // From 178° to 184° (−176°) the crossing is 2/6 of the way: latitude 2 + 2 × 2/6 = 2.667°.
        #expect(segments[0].last!.longitude == 180)
        #expect(abs(segments[0].last!.latitude - 2.6667) < 1e-3)
        #expect(segments[1].first!.longitude == -180)
        #expect(segments[1].first!.latitude == segments[0].last!.latitude)
        #expect(segments[1].count == 3)
    }
}
