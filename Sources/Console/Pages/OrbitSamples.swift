import Consortium
import Orbits

/// What the map and the schedule compute from orbits with the Orbits engine: passes over the
/// viewer's stations (`PassPredictor`), the look angles through a pass (for the sky plot) and
/// ground tracks.
enum OrbitSamples {
    /// A point of a ground track: geodetic latitude and longitude, degrees.
    struct TrackPoint: Sendable, Hashable {
        var latitude: Double
        var longitude: Double
    }

    /// A direction seen from a station: azimuth and elevation, degrees, at an instant.
    struct SkyPoint: Sendable, Hashable {
        var azimuth: Double
        var elevation: Double
        var time: Instant
    }

    /// The SGP4 propagator of a spacecraft's orbit, or `nil` when it has none (or it does not parse).
    static func propagator(of spacecraft: Spacecraft) -> SGP4Propagator? {
        guard let orbit = spacecraft.orbit, let elements = try? orbit.meanElements() else { return nil }
        return SGP4Propagator(elements)
    }

    /// The passes of `spacecraft` over `stations` in `start..<end`, by AOS, with the stations
    /// they are over (stations whose location or mask does not convert are left out).
    static func passes(
        of spacecraft: Spacecraft, over stations: [Station], from start: Instant, to end: Instant
    ) -> [(pass: Pass, station: Station)] {
        guard let propagator = propagator(of: spacecraft) else { return [] }
        var usable: [Station] = []
        var geometry: [GroundStation] = []
        for station in stations {
            guard let ground = try? station.groundStation else { continue }
            usable.append(station)
            geometry.append(ground)
        }
        let prediction = PassPredictor(satellites: [propagator], stations: geometry).passes(
            from: start, to: end, threads: 1)
        return prediction.passes.map { ($0, usable[$0.station]) }
    }

    /// The look angles from `station` through `pass`, every `step` seconds and at LOS.
    static func sky(
        of spacecraft: Spacecraft, from station: Station, during pass: Pass, step: Double = 10
    ) -> [SkyPoint] {
        guard let propagator = propagator(of: spacecraft) else { return [] }
        let frame = TopocentricFrame(
            latitudeDegrees: station.latitude, longitudeDegrees: station.longitude, height: station.heightMeters / 1000)
        let duration = pass.los.seconds(since: pass.aos)
        var offsets = Array(stride(from: 0.0, to: duration, by: step))
        offsets.append(duration)
        return offsets.compactMap { offset in
            let time = pass.aos.adding(seconds: offset)
            guard let state = try? propagator.state(at: time) else { return nil }
            let look = frame.lookAngles(temePosition: state.position, velocity: state.velocity, at: time)
            return SkyPoint(azimuth: look.azimuthDegrees, elevation: max(0, look.elevationDegrees), time: time)
        }
    }

    /// The ground track of `spacecraft` from `start` for `minutes`, one point every `step` seconds.
    static func groundTrack(
        of spacecraft: Spacecraft, from start: Instant, minutes: Double, step: Double = 60
    )
        -> [TrackPoint]
    {
        guard let propagator = propagator(of: spacecraft) else { return [] }
        return stride(from: 0.0, through: minutes * 60, by: step).compactMap { offset in
            let time = start.adding(seconds: offset)
            guard let state = try? propagator.state(at: time) else { return nil }
            let point = GeodeticPosition(subSatellitePointOfTEME: state.position, at: time)
            return TrackPoint(latitude: point.latitudeDegrees, longitude: point.longitudeDegrees)
        }
    }

    /// The orbital period of `spacecraft`, minutes, or `nil` without an orbit.
    static func periodMinutes(of spacecraft: Spacecraft) -> Double? {
        guard let propagator = propagator(of: spacecraft) else { return nil }
        return 2 * Double.pi / propagator.meanMotion
    }
}
