import Consortium
import Orbits
import Screening

/// A screening of the partners' fleet against the stored catalog, built from the registry.
///
/// The primaries are the partners' registered spacecraft (operational or degraded) whose orbit
/// parses; the secondaries are the catalog plus the fleet itself (so conjunctions between two
/// partners' spacecraft are found once). Where a spacecraft is also in the catalog, the
/// partner's own element set is used. Pure computation: the caller reads the registry and the
/// catalog and stores the result (`EventFold`).
public struct FleetScreening: Sendable {
    /// The registry's spacecraft (all partners).
    public var spacecraft: [Spacecraft]
    /// The stored catalog.
    public var catalog: [CatalogObject]
    /// The run's options.
    public var options: ScreeningRunOptions

    /// Creates a screening.
    public init(spacecraft: [Spacecraft], catalog: [CatalogObject], options: ScreeningRunOptions) {
        self.spacecraft = spacecraft
        self.catalog = catalog
        self.options = options
    }

    /// What is screened: the element sets in the screener's order (fleet first, by catalog
    /// number), the primaries, and who owns each fleet object.
    public struct Plan: Sendable {
        /// The mean elements, fleet first.
        public var elements: [MeanElements]
        /// The element set text of each, same order.
        public var orbits: [Spacecraft.Orbit]
        /// The catalog numbers of the fleet.
        public var primaries: Set<Int>
        /// The registered spacecraft with each fleet catalog number (usually one).
        public var members: [Int: [ConjunctionEventRecord.Object]]
        /// What was left out, one sentence each.
        public var notes: [String]

        /// The event object of catalog number `id` named `name`: the first registered
        /// spacecraft with that number, if any.
        func object(_ id: Int, name: String?) -> ConjunctionEventRecord.Object {
            members[id]?.first ?? ConjunctionEventRecord.Object(noradID: id, name: name ?? "NORAD \(id)")
        }

        /// The partners owning catalog numbers `ids`, sorted.
        func owners(of ids: [Int]) -> [Partner.ID] {
            Set(ids.flatMap { members[$0] ?? [] }.compactMap(\.owner)).sorted()
        }
    }

    /// Builds the plan; `.noPrimaries` when no spacecraft has an orbit that parses.
    public func plan() throws(SafetyError) -> Plan {
        try options.validate()
        var notes: [String] = []
        var elements: [MeanElements] = []
        var orbits: [Spacecraft.Orbit] = []
        var members: [Int: [ConjunctionEventRecord.Object]] = [:]
        var index: [Int: Int] = [:]
        for craft in spacecraft.sorted(by: { $0.id < $1.id }) {
            guard craft.status == .operational || craft.status == .degraded, let orbit = craft.orbit else { continue }
            let mean: MeanElements
            do {
                mean = try orbit.meanElements()
            } catch {
                notes.append("spacecraft '\(craft.id)': \(error.detail); left out")
                continue
            }
            let id = mean.catalogNumber
            members[id, default: []].append(
                ConjunctionEventRecord.Object(noradID: id, name: craft.name, spacecraft: craft.id, owner: craft.owner))
            if index[id] == nil {
                index[id] = elements.count
                elements.append(mean)
                orbits.append(orbit)
            }
        }
        guard !elements.isEmpty else {
            throw SafetyError(.noPrimaries, field: "spacecraft", detail: "no partner's spacecraft has an orbit")
        }
        let primaries = Set(index.keys)
        for object in catalog.sorted(by: { $0.noradID < $1.noradID }) where index[object.noradID] == nil {
            do {
                elements.append(try object.elements.meanElements(field: "catalog[\(object.noradID)]"))
                orbits.append(object.elements)
                index[object.noradID] = elements.count - 1
            } catch {
                notes.append("catalog object \(object.noradID): \(error.detail); left out")
            }
        }
        return Plan(elements: elements, orbits: orbits, primaries: primaries, members: members, notes: notes)
    }

    /// Runs the screening engine on `plan` (CPU-bound, on every core: call it off the
    /// cooperative threads).
    public func screen(_ plan: Plan) throws(SafetyError) -> ScreeningReport {
        do {
            let screener = try Screener(
                catalog: plan.elements, options: options.screeningOptions(primaries: plan.primaries))
            return screener.run()
        } catch {
            throw SafetyError(.screeningRefused, field: error.field, detail: "\(error)")
        }
    }
}
