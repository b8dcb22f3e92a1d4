import Consortium
import Orbits
import Scheduling

extension NetworkProblemBuilder {
    /// A spacecraft that can be scheduled: its record, its propagator and its problem entry.
    struct FleetMember: Sendable {
        var spacecraft: Spacecraft
        var propagator: SGP4Propagator

        /// The problem's spacecraft: the record's id, with the TLE lines when the orbit is a TLE.
        var problemSpacecraft: ScheduleProblem.Spacecraft {
            var lines: [String]?
            if let orbit = spacecraft.orbit, orbit.format == .tle {
                lines = orbit.text.split(whereSeparator: \.isNewline).map {
                    String($0).trimmingCharacters(in: .whitespaces)
                }
                .filter { !$0.isEmpty }
            }
            return ScheduleProblem.Spacecraft(id: spacecraft.id.rawValue, tle: lines)
        }
    }

    /// The operational and degraded spacecraft of `parties` whose orbit parses, ordered by id;
    /// the others are noted (planned or decommissioned ones silently left out).
    func fleet(of parties: [Partner.ID], notes: inout [String]) -> [FleetMember] {
        let owners = Set(parties)
        var fleet: [FleetMember] = []
        for craft in registry.spacecraft.sorted(by: { $0.id < $1.id }) where owners.contains(craft.owner) {
            guard craft.status == .operational || craft.status == .degraded else { continue }
            guard let orbit = craft.orbit else {
                notes.append("spacecraft '\(craft.id)' has no orbit; left out")
                continue
            }
            do {
                fleet.append(FleetMember(spacecraft: craft, propagator: SGP4Propagator(try orbit.meanElements())))
            } catch {
                notes.append("spacecraft '\(craft.id)': \(error.detail); left out")
            }
        }
        return fleet
    }

    /// The passes of each fleet member over each station within `span`, by `PassPredictor`:
    /// `[member][station]`, sorted. A member SGP4 fails for is noted; its passes before the
    /// failure are kept.
    func passes(
        of fleet: [FleetMember], over grounds: [GroundStation], span: TimeSpan, notes: inout [String]
    ) -> [[[TimeSpan]]] {
        var result = [[[TimeSpan]]](
            repeating: [[TimeSpan]](repeating: [], count: grounds.count), count: fleet.count)
        guard !fleet.isEmpty, !grounds.isEmpty else { return result }
        let prediction = PassPredictor(satellites: fleet.map(\.propagator), stations: grounds)
            .passes(from: span.start, to: span.end, threads: max(1, options.threads))
        for pass in prediction.passes {
            result[pass.satellite][pass.station].append(TimeSpan(start: pass.aos, end: pass.los))
        }
        for failure in prediction.failures {
            notes.append("spacecraft '\(fleet[failure.satellite].spacecraft.id)': SGP4 fails (\(failure.error))")
        }
        return result
    }
}
