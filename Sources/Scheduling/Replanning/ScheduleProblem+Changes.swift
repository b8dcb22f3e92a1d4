extension ScheduleProblem {
    /// The problem with `changes` applied in order, validated.
    /// - Throws: `SchedulingError` with `.unknownReference` naming the change at fault
    ///   (`changes[2].antenna`), `.duplicate` for a request id already used, or any error of
    ///   ``validate()`` on the changed problem.
    public func applying(_ changes: [ProblemChange]) throws(SchedulingError) -> ScheduleProblem {
        var problem = self
        for (index, change) in changes.enumerated() {
            let field = "changes[\(index)]"
            switch change {
            case .outage(let antenna, let span):
                guard let at = problem.antennas.firstIndex(where: { $0.id == antenna }) else {
                    throw SchedulingError(
                        .unknownReference, field: "\(field).antenna", detail: "no antenna '\(antenna)'")
                }
                try span.requireOrdered(field: "\(field).span")
                let clipped = TimeSpan(start: max(span.start, horizon.start), end: min(span.end, horizon.end))
                guard clipped.start < clipped.end else {
                    throw SchedulingError(.invalidSpan, field: "\(field).span", detail: "the outage misses the horizon")
                }
                problem.antennas[at].downtime.append(clipped)
            case .addRequest(let request, let periods):
                guard !problem.requests.contains(where: { $0.id == request.id }) else {
                    throw SchedulingError(.duplicate, field: "\(field).request.id", detail: "'\(request.id)' exists")
                }
                problem.requests.append(request)
                problem.viewPeriods.append(contentsOf: periods)
            case .removeRequest(let id):
                guard problem.requests.contains(where: { $0.id == id }) else {
                    throw SchedulingError(.unknownReference, field: "\(field).id", detail: "no request '\(id)'")
                }
                problem.requests.removeAll { $0.id == id }
                problem.viewPeriods.removeAll { $0.request == id }
            case .viewPeriods(let request, let resource, let periods):
                guard problem.requests.contains(where: { $0.id == request }) else {
                    throw SchedulingError(
                        .unknownReference, field: "\(field).request", detail: "no request '\(request)'")
                }
                let known =
                    problem.antennas.contains { $0.id == resource } || problem.groups.contains { $0.id == resource }
                guard known else {
                    throw SchedulingError(
                        .unknownReference, field: "\(field).resource", detail: "no antenna or group '\(resource)'")
                }
                if let at = problem.viewPeriods.firstIndex(where: { $0.request == request && $0.resource == resource })
                {
                    if periods.isEmpty {
                        problem.viewPeriods.remove(at: at)
                    } else {
                        problem.viewPeriods[at].periods = periods
                    }
                } else if !periods.isEmpty {
                    problem.viewPeriods.append(.init(request: request, resource: resource, periods: periods))
                }
            }
        }
        try problem.validate()
        return problem
    }
}
