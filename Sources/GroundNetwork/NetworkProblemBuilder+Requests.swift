import Consortium
import Orbits
import Scheduling

extension NetworkProblemBuilder {
    /// The requests and view periods of a problem being built.
    struct Assembly {
        let span: TimeSpan
        let pool: [PooledStation]
        let fleet: [FleetMember]
        /// Passes `[member][station]`.
        let passes: [[[TimeSpan]]]
        var requests: [ScheduleProblem.Request] = []
        var viewPeriods: [ScheduleProblem.ViewPeriods] = []

        init(span: TimeSpan, pool: [PooledStation], fleet: [FleetMember], passes: [[[TimeSpan]]]) {
            self.span = span
            self.pool = pool
            self.fleet = fleet
            self.passes = passes
        }

        /// Adds the stored requests of the fleet that overlap the span (by id), then a default
        /// request for each member that has none; returns the default requests' ids.
        mutating func addRequests(
            _ stored: [ScheduleRequest], parties: Set<Partner.ID>, options: Options, notes: inout [String]
        ) -> [String] {
            let member = Dictionary(fleet.enumerated().map { ($1.spacecraft.id, $0) }, uniquingKeysWith: { a, _ in a })
            var served = Set<Int>()
            for request in stored.sorted(by: { $0.id < $1.id }) where request.overlaps(span) {
                guard parties.contains(request.partner), let index = member[request.spacecraft] else {
                    continue
                }
                guard fleet[index].spacecraft.owner == request.partner else {
                    notes.append(
                        "request '\(request.id)': '\(request.partner)' no longer owns the spacecraft; left out")
                    continue
                }
                guard let problemRequest = request.problemRequest(clippedTo: span) else {
                    notes.append("request '\(request.id)': too little of its window is in the span; left out")
                    continue
                }
                add(problemRequest, member: index)
                served.insert(index)
            }
            var defaults: [String] = []
            for index in fleet.indices where !served.contains(index) {
                let distinct = Self.distinctPasses(passes[index], minimum: options.defaultMinimumContactSeconds)
                guard distinct > 0 else { continue }
                let craft = fleet[index].spacecraft
                let request = ScheduleProblem.Request(
                    id: "default-\(craft.id)", spacecraft: craft.id.rawValue, partner: craft.owner.rawValue,
                    window: span, contacts: distinct, minContactSeconds: options.defaultMinimumContactSeconds,
                    placement: .fullPass, priority: .routine)
                add(request, member: index)
                defaults.append(request.id)
            }
            return defaults
        }

        /// Appends `request` with its view periods on every antenna of the pool (an empty list on
        /// the first antenna when it has none at all, so that the problem lists it).
        mutating func add(_ request: ScheduleProblem.Request, member: Int) {
            requests.append(request)
            var any = false
            for (stationIndex, station) in pool.enumerated() {
                let periods = passes[member][stationIndex].compactMap { pass -> TimeSpan? in
                    let start = max(pass.start, request.window.start)
                    let end = min(pass.end, request.window.end)
                    return start < end ? TimeSpan(start: start, end: end) : nil
                }
                guard !periods.isEmpty else { continue }
                any = true
                for antenna in station.antennaIDs {
                    viewPeriods.append(
                        ScheduleProblem.ViewPeriods(request: request.id, resource: antenna, periods: periods))
                }
            }
            if !any, let first = pool.first?.antennaIDs.first {
                viewPeriods.append(ScheduleProblem.ViewPeriods(request: request.id, resource: first, periods: []))
            }
        }

        /// The number of distinct passes at least `minimum` seconds long over the pool: passes
        /// seen from several stations at once count once.
        static func distinctPasses(_ byStation: [[TimeSpan]], minimum: Double) -> Int {
            let long = byStation.flatMap { $0 }.filter { $0.durationSeconds >= minimum }.sorted { $0.start < $1.start }
            var count = 0
            var end: Orbits.Instant?
            for pass in long {
                if let current = end, pass.start < current {
                    end = max(current, pass.end)
                } else {
                    count += 1
                    end = pass.end
                }
            }
            return count
        }
    }
}
