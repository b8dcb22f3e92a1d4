extension FairnessBasis {
    /// The basis of a solver run: the floors it held when it had a mission floor, otherwise the
    /// alone times it held the partners' guarantee against.
    public init(result: SchedulerResult, problem: CompiledProblem) {
        if let floors = result.floorSeconds {
            self.init(
                missionFloorUnsatisfied: result.floorUnsatisfied,
                missionFloorSeconds: Dictionary(uniqueKeysWithValues: zip(problem.missions, floors)))
        } else {
            let partners = problem.problem.partners.map(\.id)
            self.init(aloneSeconds: Dictionary(uniqueKeysWithValues: zip(partners, result.aloneSeconds)))
        }
    }

    /// The basis of a repair of a schedule solved on `announced`: the alone times the repair
    /// held (the announced ones, lowered where the change left a partner less with the network
    /// to itself), or `announced` unchanged when the repair held none (mission floors, or no
    /// guarantee).
    public init(repair result: ReplanResult, announced: FairnessBasis, problem: CompiledProblem) {
        guard let held = result.aloneSeconds else {
            self = announced
            return
        }
        let partners = problem.problem.partners.map(\.id)
        self.init(aloneSeconds: Dictionary(uniqueKeysWithValues: zip(partners, held)))
    }

    /// Each partner's alone time in the order of `problem`'s partners, for
    /// `ReplanOptions.aloneSeconds`; nil when the basis has none (a mission floor instead).
    ///
    /// - Throws: `SchedulingError.Code.missingField` naming `fairness.aloneSeconds.<partner>`
    ///   when a partner of the problem has no value (the schedule was solved for another
    ///   problem), `.outOfRange` for a negative or infinite value.
    public func aloneSeconds(for problem: CompiledProblem) throws(SchedulingError) -> [Double]? {
        guard let aloneSeconds else { return nil }
        var values: [Double] = []
        for partner in problem.problem.partners {
            guard let value = aloneSeconds[partner.id] else {
                throw SchedulingError(
                    .missingField, field: "fairness.aloneSeconds.\(partner.id)",
                    detail: "the schedule's fairness basis has no alone time for partner '\(partner.id)'")
            }
            guard value >= 0, value.isFinite else {
                throw SchedulingError(
                    .outOfRange, field: "fairness.aloneSeconds.\(partner.id)",
                    detail: "\(value) is not a time of at least 0 s")
            }
            values.append(value)
        }
        return values
    }
}
