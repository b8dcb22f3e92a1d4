import Charts
import Consortium
import Orbits

/// The map's SVG (`Charts.WorldMap`): the viewer's stations, numbered as in the table, with their
/// visibility circles at the chosen altitude (10° minimum elevation), the ground tracks of the
/// chosen spacecraft, and the night side with the subsolar point at the page's time.
enum MapChart {
    /// The minimum elevation of the visibility circles, degrees.
    static let minimumElevationDegrees = 10.0

    static func svg(
        stations: [Station], tracks: [Spacecraft], orbits: Int, altitudeKm: Double, at time: Instant, input: PageInput
    ) -> String? {
        // Stations are numbered (the table under the map names them): full names overlap where
        // stations are dense (Europe). Tracks get one colour each, in the legend with their names.
        let markers = stations.enumerated().map { number, station in
            MapStation(
                id: station.id.rawValue, name: String(number + 1),
                location: GeoPoint(latitude: station.latitude, longitude: station.longitude))
        }
        let drawn = tracks.enumerated().compactMap { index, spacecraft -> MapTrack? in
            guard let propagator = OrbitSamples.propagator(of: spacecraft),
                let period = OrbitSamples.periodMinutes(of: spacecraft),
                let track = try? GroundTrack(
                    propagator: propagator, from: time, durationMinutes: period * Double(orbits))
            else { return nil }
            return MapTrack(name: spacecraft.name, partner: index, track: track)
        }
        let circle = try? VisibilityCircle(
            altitudeKilometers: altitudeKm, minimumElevationDegrees: minimumElevationDegrees)
        let map = WorldMap(
            width: 960, stations: markers, visibility: circle, tracks: drawn,
            subsolarPoint: SolarGeometry.subsolarPoint(at: time), idPrefix: "map")
        let format = input.format
        let labels = WorldMapLabels(
            title: input.text("chart_map_title"),
            description: input.text(
                "chart_map_desc",
                [
                    "stations": format.integer(markers.count), "tracks": format.integer(drawn.count),
                    "time": format.dateTime(time),
                ]),
            longitudeAxis: input.text("axis_longitude"), latitudeAxis: input.text("axis_latitude"),
            station: input.text("chart_station"),
            visibilityCircle: input.text(
                "chart_visibility",
                [
                    "altitude": format.number(altitudeKm, digits: 0),
                    "elevation": format.number(minimumElevationDegrees, digits: 0),
                ]),
            night: input.text("chart_night"), subsolarPoint: input.text("chart_subsolar"))
        return map.svg(
            labels: labels, longitudeLabel: { longitudeLabel($0, input: input) },
            latitudeLabel: { latitudeLabel($0, input: input) })
    }

    /// "60° E", "120° W", "0°", "180°" in the viewer's language.
    static func longitudeLabel(_ degrees: Double, input: PageInput) -> String {
        let value = input.format.number(abs(degrees), digits: 0)
        if degrees == 0 || abs(degrees) == 180 { return value + "°" }
        return input.text(degrees > 0 ? "deg_east" : "deg_west", ["value": value])
    }

    /// "30° N", "60° S", "0°" in the viewer's language.
    static func latitudeLabel(_ degrees: Double, input: PageInput) -> String {
        if degrees == 0 { return "0°" }
        let value = input.format.number(abs(degrees), digits: 0)
        return input.text(degrees > 0 ? "deg_north" : "deg_south", ["value": value])
    }
}
