import Consortium
import Orbits
import Scheduling

extension NetworkProblemBuilder {
    /// A station of the pool: the record, its geometry for the pass predictor and its antennas.
    struct PooledStation: Sendable {
        var station: Station
        var ground: GroundStation

        /// The problem's antenna ids: `station/antenna`, or the station's id when it lists none.
        var antennaIDs: [String] {
            station.antennas.isEmpty
                ? [station.id.rawValue] : station.antennas.map { "\(station.id.rawValue)/\($0.name)" }
        }

        /// The problem's antennas of this station over `span`.
        func antennas(span: TimeSpan, options: Options) -> [ScheduleProblem.Antenna] {
            let windows = station.availability
            func spans(_ state: Station.AvailabilityWindow.State) -> [TimeSpan] {
                windows.filter { $0.state == state }.map { TimeSpan(start: $0.start, end: $0.end) }
            }
            var down = spans(.maintenance)
            let offered = spans(.available)
            if !offered.isEmpty {
                down += NetworkProblemBuilder.complement(of: offered, within: span)
            }
            let downtime = NetworkProblemBuilder.merged(down, within: span)
            let reservations = NetworkProblemBuilder.merged(spans(.reserved), within: span)
            let site = ScheduleProblem.Site(
                latitudeDegrees: station.latitude, longitudeDegrees: station.longitude,
                heightMeters: station.heightMeters, minimumElevationDegrees: station.horizonMask.minimumElevation)
            return antennaIDs.map { id in
                ScheduleProblem.Antenna(
                    id: id, owner: station.owner.rawValue, setupSeconds: options.setupSeconds,
                    teardownSeconds: options.teardownSeconds, downtime: downtime, reservations: reservations,
                    site: site)
            }
        }
    }

    /// The stations `agreement` pools from its active `parties`, in the clauses' order; a
    /// contribution of a station missing from the registry or owned by another partner is noted
    /// and left out.
    func pooledStations(_ agreement: Agreement, parties: [Partner.ID], notes: inout [String]) -> [PooledStation] {
        let stations = Dictionary(registry.stations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var pool: [PooledStation] = []
        var seen: Set<Station.ID> = []
        for contribution in agreement.clauses.stationContributions where parties.contains(contribution.partner) {
            guard seen.insert(contribution.station).inserted else { continue }
            guard let station = stations[contribution.station], station.owner == contribution.partner else {
                notes.append(
                    "station '\(contribution.station)' is not a station of '\(contribution.partner)'; left out")
                continue
            }
            do {
                pool.append(PooledStation(station: station, ground: try station.groundStation))
            } catch {
                notes.append("station '\(station.id)': \(error); left out")
            }
        }
        return pool
    }

    /// `spans` clipped to `span`, sorted, overlapping ones merged.
    static func merged(_ spans: [TimeSpan], within span: TimeSpan) -> [TimeSpan] {
        let clipped = spans.compactMap { item -> TimeSpan? in
            let start = max(item.start, span.start)
            let end = min(item.end, span.end)
            return start < end ? TimeSpan(start: start, end: end) : nil
        }
        .sorted { $0.start < $1.start }
        var result: [TimeSpan] = []
        for item in clipped {
            if let last = result.last, item.start <= last.end {
                result[result.count - 1].end = max(last.end, item.end)
            } else {
                result.append(item)
            }
        }
        return result
    }

    /// The parts of `span` outside every span of `spans`.
    static func complement(of spans: [TimeSpan], within span: TimeSpan) -> [TimeSpan] {
        var result: [TimeSpan] = []
        var cursor = span.start
        for item in merged(spans, within: span) {
            if cursor < item.start { result.append(TimeSpan(start: cursor, end: item.start)) }
            cursor = max(cursor, item.end)
        }
        if cursor < span.end { result.append(TimeSpan(start: cursor, end: span.end)) }
        return result
    }
}
