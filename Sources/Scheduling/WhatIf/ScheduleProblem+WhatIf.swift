extension ScheduleProblem {
    /// The problem under `scenario`, validated; view periods should be resolved first (a
    /// request left without any after a withdrawal is simply not servable).
    /// - Throws: `SchedulingError`: `.unknownReference` for a partner the problem lacks
    ///   (`scenario.shares.nasa`), `.outOfRange` for a negative share or when no antenna would
    ///   be left, or any error of ``validate()``.
    public func applying(_ scenario: WhatIfScenario) throws(SchedulingError) -> ScheduleProblem {
        var problem = self
        switch scenario {
        case .shares(let shares):
            let ids = Set(partners.map(\.id))
            for id in shares.keys.sorted() where !ids.contains(id) {
                throw SchedulingError(.unknownReference, field: "scenario.shares.\(id)", detail: "no partner '\(id)'")
            }
            for index in problem.partners.indices {
                problem.partners[index].share = shares[problem.partners[index].id] ?? 0
            }
        case .proportionalToContribution:
            for index in problem.partners.indices { problem.partners[index].share = nil }
        case .equalShares:
            for index in problem.partners.indices { problem.partners[index].share = 1 }
        case .withdrawAntennas(let partner):
            guard partners.contains(where: { $0.id == partner }) else {
                throw SchedulingError(
                    .unknownReference, field: "scenario.withdrawAntennas", detail: "no partner '\(partner)'")
            }
            let gone = Set(antennas.filter { $0.owner == partner }.map(\.id))
            let goneGroups = Set(groups.filter { $0.members.contains(where: gone.contains) }.map(\.id))
            let removed = gone.union(goneGroups)
            guard gone.count < antennas.count else {
                throw SchedulingError(
                    .outOfRange, field: "scenario.withdrawAntennas", detail: "no antenna would be left")
            }
            problem.antennas.removeAll { gone.contains($0.id) }
            problem.groups.removeAll { goneGroups.contains($0.id) }
            problem.viewPeriods.removeAll { removed.contains($0.resource) }
            for index in problem.requests.indices {
                problem.requests[index].resources = problem.requests[index].resources?.filter { !removed.contains($0) }
            }
        case .combined(let scenarios):
            for next in scenarios { problem = try problem.applying(next) }
        }
        try problem.validate()
        return problem
    }
}
