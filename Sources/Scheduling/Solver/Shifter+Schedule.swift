extension Schedule {
    /// This schedule with its flexible contacts slid and lengthened into the time their
    /// neighbours leave (`Shifter`), as the solver does to its own result: no contact changes
    /// antenna or order or gets shorter, so what the validator accepted it still accepts and
    /// no request, mission or partner receives less.
    ///
    /// Meant for a schedule the validator accepts; one that names a request or resource the
    /// problem lacks, or a contact outside its request's usable periods, is returned unchanged.
    public func shifted(in problem: CompiledProblem) -> Schedule {
        let origin = problem.problem.horizon.start
        var placed: [Stretcher.Placed] = []
        for contact in contacts {
            guard let request = problem.requestIndex[contact.request],
                let resource = problem.resourceIndex[contact.resource]
            else { return self }
            let track = MilliSpan(contact.start.millis(since: origin), contact.end.millis(since: origin))
            guard
                let period = problem.requests[request].periods.first(where: {
                    $0.resource == resource && $0.span.contains(track)
                })
            else { return self }
            placed.append(
                Stretcher.Placed(
                    request: request, resource: resource, track: track, setup: period.setupMillis,
                    teardown: period.teardownMillis))
        }
        let shifted = Shifter(problem: problem, placed: placed).shifted().map { $0.contact(in: problem) }
        return Schedule(problem: self.problem, contacts: shifted, fairness: fairness)
    }
}
