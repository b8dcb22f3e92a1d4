import Orbits

extension ProductPolicy {
    /// The agreement that governs a product of `producer` for `mission` uploaded at `instant`.
    ///
    /// With `named`, that agreement, which must be in force on the upload's day and bind the
    /// producer. Without, the one agreement in force that binds the producer and every
    /// participant of the mission; none or several is an error asking the uploader to name one
    /// (field `agreement`), listing the agreements in force that bind the producer.
    public static func coveringAgreement(
        named: Agreement.ID?, mission: Mission, producer: Partner.ID, at instant: Instant, agreements: [Agreement]
    ) throws(DataPolicyError) -> Agreement {
        let day = Day(instant)
        guard mission.participants.contains(producer) else {
            throw DataPolicyError(
                .notPermitted, field: "mission",
                detail: "'\(producer)' does not take part in mission '\(mission.id)'")
        }
        let binding = agreements.filter { $0.binds(producer, on: day) }
        if let named {
            guard let agreement = binding.first(where: { $0.id == named }) else {
                throw DataPolicyError(
                    .noCoveringAgreement, field: "agreement",
                    detail: "agreement '\(named)' is not in force on \(day) with '\(producer)' as a party")
            }
            return agreement
        }
        let covering = binding.filter { agreement in
            mission.participants.allSatisfy { agreement.binds($0, on: day) }
        }
        if covering.count == 1 { return covering[0] }
        let candidates = (covering.isEmpty ? binding : covering).map(\.id.rawValue).sorted()
        let list = candidates.isEmpty ? "none binds '\(producer)'" : "candidates: " + candidates.joined(separator: ", ")
        throw DataPolicyError(
            covering.isEmpty ? .noCoveringAgreement : .ambiguousAgreement, field: "agreement",
            detail: covering.isEmpty
                ? "no agreement in force on \(day) binds every participant of mission '\(mission.id)'; "
                    + "name one in 'agreement' (\(list))"
                : "several agreements in force cover mission '\(mission.id)'; name one in 'agreement' (\(list))")
    }
}
