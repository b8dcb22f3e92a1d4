import Consortium
import Orbits

/// The map's SVG, drawn by the `Charts` target once it is merged; until then `nil` (the page
/// shows its tables and no picture rather than a fake one).
enum MapChart {
    static func svg(
        stations: [Station], tracks: [(spacecraft: Spacecraft, points: [OrbitSamples.TrackPoint])], altitudeKm: Double,
        at time: Instant, input: PageInput
    ) -> String? {
        nil
    }
}
