extension Replanner {
    /// The candidate an announced contact is in the changed problem — its request, resource,
    /// exact tracking time, setup and teardown — or the first rule of the changed problem it
    /// breaks on its own (another contact's presence aside). The same per-contact rules as
    /// the validator's.
    func candidate(for contact: Contact) -> Result<Candidate, ViolationError> {
        guard let request = problem.requestIndex[contact.request] else { return .failure(.init(.unknownRequest)) }
        guard let resource = problem.resourceIndex[contact.resource] else {
            return .failure(.init(.unknownResource))
        }
        let origin = problem.problem.horizon.start
        let track = MilliSpan(contact.start.millis(since: origin), contact.end.millis(since: origin))
        guard track.start < track.end else { return .failure(.init(.emptyContact)) }
        let model = problem.requests[request]
        let members = problem.resources[resource].members
        if members.contains(where: { problem.antennas[$0].excluded[model.partner] }) {
            return .failure(.init(.excludedPartner))
        }
        guard model.window.contains(track) else { return .failure(.init(.outsideWindow)) }
        guard
            let period = model.periods.first(where: {
                $0.resource == resource && (model.fullPass ? $0.span == track : $0.span.contains(track))
            })
        else {
            let inside = model.periods.contains { $0.resource == resource && $0.span.contains(track) }
            return .failure(.init(inside ? .notFullPass : .outsideViewPeriod))
        }
        if track.length < model.minLengthMillis { return .failure(.init(.tooShort)) }
        if track.length > model.maxLengthMillis { return .failure(.init(.tooLong)) }
        if track.length > model.maxTotalMillis { return .failure(.init(.overTotal)) }
        let busy = MilliSpan(track.start - period.setupMillis, track.end + period.teardownMillis)
        for member in members {
            let antenna = problem.antennas[member]
            if AntennaModel.anyOverlap(antenna.downtime, busy) { return .failure(.init(.downtime)) }
            if antenna.owner != model.partner && AntennaModel.anyOverlap(antenna.reservations, busy) {
                return .failure(.init(.reserved))
            }
        }
        return .success(
            Candidate(
                request: Int32(request), resource: Int32(resource), spacecraft: Int32(model.spacecraft),
                partner: Int32(model.partner), track: track, busy: busy,
                value: Double(track.length) / 1000 * model.weight))
    }

    /// The setup a contact of `request` needs on `resource`, milliseconds (as the problem's
    /// usable periods give it), for deciding whether a forbidden contact was frozen.
    func setupMillis(request: Int, resource: Int) -> Int {
        problem.requests[request].periods.first { $0.resource == resource }?.setupMillis
            ?? problem.resources[resource].members.map { problem.antennas[$0].setupMillis }.max() ?? 0
    }

    /// A per-contact rule an announced contact breaks, as an error for `Result`.
    struct ViolationError: Error {
        let kind: Violation.Kind
        init(_ kind: Violation.Kind) { self.kind = kind }
    }
}
