import BenchmarkSupport
import Foundation
import Orbits
import Scheduling

/// Builds a scheduling problem from real geometry: LEO spacecraft drawn from the active
/// catalog of 2026-03-19, antennas drawn from the commercial and agency ground-station lists
/// (brahe's provider files), view periods computed by the pass predictor.
///
/// Partners are the providers whose stations were drawn; each owns its antennas (shares
/// follow contributed antenna time) and a Zipf-distributed number of the spacecraft, so that
/// some partners ask far more than they contribute. Each spacecraft asks for 2–6 full passes
/// (`contactsPerDay`; at least 2 min each) on each day; antennas need 2 min setup and 1 min teardown, and half of
/// them have a 2 h maintenance window. Everything random comes from `seed`.
struct InstanceGenerator {
    var spacecraft: Int
    var antennas: Int
    var days: Int
    var seed: UInt64
    /// Contacts each spacecraft asks for per day: drawn uniformly from this range.
    var contactsPerDay: ClosedRange<Int> = 2...6
    /// The fairness tolerance written into the problem.
    var tolerance = ScheduleProblem.defaultFairnessTolerance
    /// Minimum elevation at every antenna, degrees.
    var minimumElevation = 10.0
    /// The horizon start: the catalog's date.
    var start = try! Instant(iso8601: "2026-03-19T00:00:00Z")

    /// The problem, view periods included.
    func make() throws -> ScheduleProblem {
        var random = Generator(seed: seed)
        let end = start.adding(days: Double(days))
        let stations = try pickStations(&random)
        let owners = stations.map { $0.network ?? "independent" }
        var partnerIDs: [String] = []
        for owner in owners where !partnerIDs.contains(owner) { partnerIDs.append(owner) }
        let antennaList = stations.enumerated().map { index, station in
            var downtime: [TimeSpan] = []
            if random.unit() < 0.5 {
                let at = start.adding(seconds: random.unit() * (Double(days) * 86_400 - 7_200))
                downtime.append(TimeSpan(start: at, end: at.adding(seconds: 7_200)))
            }
            return ScheduleProblem.Antenna(
                id: station.id, owner: owners[index], setupSeconds: 120, teardownSeconds: 60, downtime: downtime,
                site: .init(
                    latitudeDegrees: station.latitudeDegrees, longitudeDegrees: station.longitudeDegrees,
                    heightMeters: station.heightMeters, minimumElevationDegrees: minimumElevation))
        }
        let elements = try pickSpacecraft(&random)
        // Zipf weights over the partners in a random order: 1, 1/2, 1/3, …
        let order = random.shuffled(Array(partnerIDs.indices))
        let weights = order.indices.map { 1 / Double($0 + 1) }
        var craft: [ScheduleProblem.Spacecraft] = []
        var requests: [ScheduleProblem.Request] = []
        for (index, element) in elements.enumerated() {
            let pick = random.weighted(weights)
            let partner = partnerIDs[order[pick]]
            let id = "\(element.catalogNumber)"
            let lines = try element.tleLines()
            craft.append(.init(id: id, tle: [lines.line1, lines.line2]))
            let contacts = contactsPerDay.lowerBound + random.below(contactsPerDay.count)
            for day in 0..<days {
                requests.append(
                    ScheduleProblem.Request(
                        id: "\(id)-d\(day + 1)", spacecraft: id, partner: partner, mission: "\(partner)/m\(index / 4)",
                        window: TimeSpan(
                            start: start.adding(days: Double(day)), end: start.adding(days: Double(day + 1))),
                        contacts: contacts, minContactSeconds: 120, placement: .fullPass))
            }
        }
        let problem = ScheduleProblem(
            name: "real-geometry \(spacecraft) spacecraft × \(antennas) antennas × \(days) d, seed \(seed)",
            horizon: TimeSpan(start: start, end: end), fairnessTolerance: tolerance,
            partners: partnerIDs.map { .init(id: $0) },
            antennas: antennaList, spacecraft: craft, requests: requests)
        return try problem.resolvingViewPeriods()
    }

    /// `antennas` stations drawn from brahe's provider lists (one antenna per station).
    func pickStations(_ random: inout Generator) throws -> [GroundStation] {
        let folder = SharedDataFolder.root.appendingPathComponent("stations/brahe_groundstations")
        let mask = try HorizonMask(minimumElevationDegrees: minimumElevation)
        let load = try BraheStationLoader.loadDirectory(folder, horizonMask: mask)
        let all = load.stations.sorted { $0.id < $1.id }
        guard all.count >= antennas else { throw Failure(description: "only \(all.count) stations available") }
        return Array(random.shuffled(all).prefix(antennas))
    }

    /// `spacecraft` LEO element sets (period under 128 min, eccentricity under 0.05, epoch
    /// within 10 days of the start) drawn from the active catalog.
    func pickSpacecraft(_ random: inout Generator) throws -> [MeanElements] {
        let text = try SharedDataFolder.text(SharedDataFolder.url("catalog/active_tle_2026-03-19.txt.gz"))
        let catalog = TLECatalog(text: text, options: .strict)
        let leo = catalog.elements.filter {
            $0.meanMotion >= 11.25 && $0.eccentricity < 0.05 && abs($0.epoch.days(since: start)) < 10
        }.sorted { $0.catalogNumber < $1.catalogNumber }
        guard leo.count >= spacecraft else { throw Failure(description: "only \(leo.count) LEO element sets") }
        return Array(random.shuffled(leo).prefix(spacecraft))
    }
}
