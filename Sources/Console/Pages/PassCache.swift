import Consortium
import Orbits
import Scheduling

/// The predicted passes of a spacecraft over a viewer's stations, one UTC day at a time, kept
/// between page renders.
///
/// Predicting one spacecraft's passes over the 23 demo stations takes tens of milliseconds per
/// day in release; the schedule page needs them for the chosen day or week on every request.
/// An entry is keyed by everything the passes are computed from: the spacecraft's id and orbit
/// text (new elements make a new key), the stations exactly as the viewer may see them (a
/// station pooled with one partner is never in another partner's key, so two viewers share an
/// entry only when they see the same stations) and the day. A week is seven days joined, a
/// pass across midnight merged back into one. Concurrent requests for the same missing day
/// wait for one computation. At most `capacity` days are kept; the oldest goes first.
actor PassCache {
    /// What one day's passes are computed from.
    struct Key: Hashable, Sendable {
        /// The spacecraft's id.
        var spacecraft: String
        /// Its orbit (TLE or OMM text): the elements' version.
        var orbit: Spacecraft.Orbit
        /// The stations the viewer may see, in the viewer's order.
        var stations: [Station]
        /// The UTC day.
        var day: Day
    }

    /// A pass and the station it is over.
    typealias StationPass = (pass: Pass, station: Station)

    /// The most days kept.
    let capacity: Int
    private var entries: [Key: Task<[StationPass], Never>] = [:]
    private var order: [Key] = []
    /// How many days were computed (misses) and how many were answered from the cache (hits).
    private(set) var misses = 0
    private(set) var hits = 0

    /// The misses and hits so far (for tests and diagnostics).
    var counts: CacheCounts { CacheCounts(misses: misses, hits: hits) }

    /// An empty cache of at most `capacity` days.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
    }

    /// The passes of `spacecraft` over `stations` in `span` (whole UTC days: a day or a week),
    /// by AOS; `nil` spacecraft orbit gives none.
    func passes(of spacecraft: Spacecraft, over stations: [Station], in span: TimeSpan) async -> [StationPass] {
        guard let orbit = spacecraft.orbit else { return [] }
        var days: [Task<[StationPass], Never>] = []
        var day = Day(span.start)
        while day.start < span.end {
            let current = day
            let key = Key(spacecraft: spacecraft.id.rawValue, orbit: orbit, stations: stations, day: current)
            days.append(
                task(for: key) {
                    OrbitSamples.passes(
                        of: spacecraft, over: stations, from: current.start, to: current.adding(days: 1).start)
                })
            day = day.adding(days: 1)
        }
        var joined: [StationPass] = []
        for task in days { joined = Self.join(joined, await task.value) }
        return joined
    }

    /// The stored task of `key`, or a new one computing `compute` off the actor.
    private func task(
        for key: Key, _ compute: @escaping @Sendable () -> [StationPass]
    ) -> Task<[StationPass], Never> {
        if let task = entries[key] {
            hits += 1
            return task
        }
        misses += 1
        if order.count >= capacity {
            let oldest = order.removeFirst()
            entries[oldest] = nil
        }
        let task = Task.detached(priority: .userInitiated) { compute() }
        entries[key] = task
        order.append(key)
        return task
    }

    /// The passes of two consecutive days by AOS, a pass cut at the midnight between them (it
    /// ends at the first day's end and starts at the second's start over the same station)
    /// made one again.
    static func join(_ first: [StationPass], _ second: [StationPass]) -> [StationPass] {
        guard !first.isEmpty else { return second }
        var out = first
        var rest: [StationPass] = []
        rest.reserveCapacity(second.count)
        for item in second {
            guard item.pass.startsAtSpanStart,
                let index = out.lastIndex(where: {
                    $0.pass.endsAtSpanEnd && $0.station.id == item.station.id && $0.pass.los == item.pass.aos
                })
            else {
                rest.append(item)
                continue
            }
            out[index].pass = merged(out[index].pass, item.pass)
        }
        return out + rest
    }

    /// One pass from its part before midnight and its part after.
    static func merged(_ before: Pass, _ after: Pass) -> Pass {
        var pass = before
        pass.los = after.los
        pass.losAzimuth = after.losAzimuth
        pass.endsAtSpanEnd = after.endsAtSpanEnd
        if after.maximumElevation > before.maximumElevation {
            pass.maximumElevation = after.maximumElevation
            pass.culmination = after.culmination
            pass.culminationAzimuth = after.culminationAzimuth
        }
        return pass
    }
}
