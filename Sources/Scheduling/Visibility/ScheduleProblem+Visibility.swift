import Orbits

extension ScheduleProblem {
    /// A copy in which every request that lists no view periods gets them computed: the passes
    /// of its spacecraft (from its TLE, by `PassPredictor`) over each antenna of
    /// `request.resources` (default every antenna with a site) above the site's minimum
    /// elevation, clipped to the request's window; a group's periods are the spans in which
    /// every member sees the spacecraft. Requests with view periods are left as they are.
    /// - Throws: `SchedulingError` naming a spacecraft without a TLE or an antenna without a
    ///   site that a computation needs.
    public func resolvingViewPeriods(threads: Int = BatchThreads.default) throws(SchedulingError) -> ScheduleProblem {
        try validate()
        let listed = Set(viewPeriods.map(\.request))
        let pending = requests.indices.filter { !listed.contains(requests[$0].id) }
        guard !pending.isEmpty else { return self }
        let antennaIndex = Dictionary(uniqueKeysWithValues: antennas.enumerated().map { ($1.id, $0) })
        let groupMembers = Dictionary(
            uniqueKeysWithValues: groups.map { ($0.id, $0.members.map { antennaIndex[$0]! }) })
        let craftIndex = Dictionary(uniqueKeysWithValues: spacecraft.enumerated().map { ($1.id, $0) })
        let sited = antennas.indices.filter { antennas[$0].site != nil }.map { antennas[$0].id }
        // The satellites and stations the pending requests need, each once.
        var satellites: [Int] = []
        var stationOf = [Int?](repeating: nil, count: antennas.count)
        var stations: [GroundStation] = []
        var satelliteOf = [Int?](repeating: nil, count: spacecraft.count)
        for index in pending {
            let request = requests[index]
            let craft = craftIndex[request.spacecraft]!
            if satelliteOf[craft] == nil {
                guard spacecraft[craft].tle != nil else {
                    throw SchedulingError(
                        .missingField, field: "spacecraft[\(craft)].tle",
                        detail: "request '\(request.id)' lists no view periods, so its spacecraft needs a TLE")
                }
                satelliteOf[craft] = satellites.count
                satellites.append(craft)
            }
            for resource in request.resources ?? sited {
                for antenna in groupMembers[resource] ?? [antennaIndex[resource]!] where stationOf[antenna] == nil {
                    stationOf[antenna] = stations.count
                    stations.append(try station(antenna, for: request.id))
                }
            }
        }
        let propagators = satellites.map { craft in
            // Validated above: the TLE parses.
            SGP4Propagator(try! MeanElements(tle: spacecraft[craft].tle!.joined(separator: "\n")))
        }
        let prediction = PassPredictor(satellites: propagators, stations: stations)
            .passes(from: horizon.start, to: horizon.end, threads: threads)
        var passes = [[[TimeSpan]]](
            repeating: [[TimeSpan]](repeating: [], count: stations.count), count: satellites.count)
        for pass in prediction.passes {
            passes[pass.satellite][pass.station].append(TimeSpan(start: pass.aos, end: pass.los))
        }
        var resolved = self
        for index in pending {
            let request = requests[index]
            let satellite = satelliteOf[craftIndex[request.spacecraft]!]!
            for resource in request.resources ?? sited {
                let members = groupMembers[resource] ?? [antennaIndex[resource]!]
                var spans = passes[satellite][stationOf[members[0]]!]
                for member in members.dropFirst() {
                    spans = Self.intersect(spans, passes[satellite][stationOf[member]!])
                }
                let clipped = spans.compactMap { span -> TimeSpan? in
                    let start = max(span.start, request.window.start)
                    let end = min(span.end, request.window.end)
                    return start < end ? TimeSpan(start: start, end: end) : nil
                }
                resolved.viewPeriods.append(ViewPeriods(request: request.id, resource: resource, periods: clipped))
            }
        }
        return resolved
    }

    /// The ground station of antenna `index`, for a request that needs it.
    private func station(_ index: Int, for request: String) throws(SchedulingError) -> GroundStation {
        let antenna = antennas[index]
        guard let site = antenna.site else {
            throw SchedulingError(
                .missingField, field: "antennas[\(index)].site",
                detail: "request '\(request)' lists no view periods, so the antenna needs a site")
        }
        do {
            return try GroundStation(
                id: antenna.id, name: antenna.id, latitudeDegrees: site.latitudeDegrees,
                longitudeDegrees: site.longitudeDegrees, heightMeters: site.heightMeters,
                horizonMask: HorizonMask(minimumElevationDegrees: site.minimumElevationDegrees))
        } catch {
            throw SchedulingError(.invalidValue, field: "antennas[\(index)].site", detail: "\(error)")
        }
    }

    /// The spans common to two sorted lists of disjoint spans.
    static func intersect(_ a: [TimeSpan], _ b: [TimeSpan]) -> [TimeSpan] {
        var result: [TimeSpan] = []
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            let start = max(a[i].start, b[j].start)
            let end = min(a[i].end, b[j].end)
            if start < end { result.append(TimeSpan(start: start, end: end)) }
            if a[i].end < b[j].end { i += 1 } else { j += 1 }
        }
        return result
    }
}
