import Dispatch

/// Predicts every pass of many satellites over many ground stations, in parallel over
/// satellites.
///
/// The search is exhaustive by construction, not by the luck of a time step (see
/// `PassSearch`): no pass longer than `resolution` is missed. AOS and LOS are refined to
/// 0.1 ms against the station's horizon mask (1 ms for azimuth-dependent masks), the
/// culmination to 1 ms. Satellites are propagated with `SGP4Batch` on a grid of `step`
/// seconds, four at a time, and converted to ITRF once per grid time.
public struct PassPredictor: Sendable {
    /// The satellites, in the order passes refer to them.
    public let satellites: [SGP4Propagator]
    /// The stations, in the order passes refer to them.
    public let stations: [GroundStation]
    /// Grid step, seconds (only speed depends on it).
    public var step: Double
    /// Shortest pass guaranteed to be found, seconds.
    public var resolution: Double

    /// Prepares a search.
    /// - Parameters:
    ///   - step: grid step in seconds (default 60); any value gives the same passes.
    ///   - resolution: passes shorter than this (seconds, default 0.1) may be missed.
    public init(satellites: [SGP4Propagator], stations: [GroundStation], step: Double = 60, resolution: Double = 0.1) {
        self.satellites = satellites
        self.stations = stations
        self.step = step
        self.resolution = resolution
    }

    /// Every pass between `start` and `end`, sorted by AOS (then satellite, then station).
    public func passes(from start: Instant, to end: Instant, threads: Int = BatchThreads.default) -> PassPrediction {
        let span = end.seconds(since: start)
        guard span > 0, !satellites.isEmpty, !stations.isEmpty else { return PassPrediction(passes: [], failures: []) }
        let times = Array(stride(from: 0.0, to: span, by: step)) + [span]
        let instants = times.map { start.adding(seconds: $0) }
        let rotations = instants.map { EarthRotation(at: $0) }
        let geometries = stations.map(VisibilityGeometry.init(station:))

        let groupCount = (satellites.count + 3) / 4
        var results = [[Pass]](repeating: [], count: groupCount)
        var failures = [PassPrediction.Failure?](repeating: nil, count: satellites.count)
        let satellites = self.satellites
        let resolution = self.resolution
        results.withUnsafeMutableBufferPointer { resultBuffer in
            failures.withUnsafeMutableBufferPointer { failureBuffer in
                let output = GroupOutput(passes: resultBuffer, failures: failureBuffer)
                let work: @Sendable (Int) -> Void = { group in
                    let members = Array(group * 4..<Swift.min(satellites.count, group * 4 + 4))
                    let ephemeris = SGP4Batch(members.map { satellites[$0] }).ephemeris(at: instants, threads: 1)
                    var found: [Pass] = []
                    for (row, index) in members.enumerated() {
                        let track = SatelliteTrack(
                            propagator: satellites[index], start: start, times: times, rotations: rotations,
                            ephemeris: ephemeris, row: row)
                        if let error = track.firstError {
                            output.failures[index] = PassPrediction.Failure(
                                satellite: index, catalogNumber: satellites[index].elements.catalogNumber, error: error)
                        }
                        for (stationIndex, geometry) in geometries.enumerated() {
                            let search = PassSearch(track: track, station: geometry, resolution: resolution)
                            found += search.passes(satellite: index, station: stationIndex, span: span)
                        }
                    }
                    output.passes[group] = found
                }
                if threads <= 1 {
                    for group in 0..<groupCount { work(group) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: groupCount, execute: work)
                }
            }
        }
        let passes = results.flatMap { $0 }.sorted {
            ($0.aos, $0.satellite, $0.station) < ($1.aos, $1.satellite, $1.station)
        }
        return PassPrediction(passes: passes, failures: failures.compactMap { $0 })
    }
}

/// Per-group output slots: each group writes only its own slot and its own satellites'
/// failure entries, so concurrent writes never overlap (hence `@unchecked Sendable`).
private struct GroupOutput: @unchecked Sendable {
    let passes: UnsafeMutableBufferPointer<[Pass]>
    let failures: UnsafeMutableBufferPointer<PassPrediction.Failure?>
}
