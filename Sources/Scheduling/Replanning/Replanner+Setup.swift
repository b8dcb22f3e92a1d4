extension Replanner {
    /// The announced schedule read against the changed problem: which contacts can still be
    /// kept and as which candidates, which are frozen, which the change forbids; and the
    /// candidate set of the repair.
    struct Setup {
        /// The problem's own candidates (none starting inside the frozen horizon, none
        /// conflicting with a frozen contact), then one per announced contact that can be kept,
        /// at its exact times and worth its value plus the keep bonus.
        let set: CandidateSet
        /// The frozen horizon, milliseconds from the horizon start.
        let frozenMillis: Int
        /// Candidates from `firstAnnounced` on are announced contacts.
        let firstAnnounced: Int
        /// For each announced contact, its candidate, or nil when the change forbids it.
        let announcedIDs: [Int32?]
        /// For each announced contact, true when it is frozen.
        let frozen: [Bool]
        /// The announced contacts the change forbids.
        let invalidated: [InvalidatedContact]
    }

    /// The extra worth of a frozen contact, seconds: far above anything a move could gain, so
    /// the search never trades one away (the repair also restores any it lost).
    static let frozenBonusSeconds = 1.0e4

    /// Reads the announced schedule against the problem and builds the repair's candidates.
    func setup() -> Setup {
        let frozenMillis = frozenUntil.millis(since: problem.problem.horizon.start)
        var announced: [Candidate] = []
        var announcedFrozen: [Bool] = []
        var announcedIDs: [Int32?] = []
        var frozen: [Bool] = []
        var invalidated: [InvalidatedContact] = []
        let bonus = max(0, options.keepBonusSeconds)
        for contact in self.announced.contacts {
            switch candidate(for: contact) {
            case .success(var candidate):
                let isFrozen = candidate.busy.start < frozenMillis
                candidate.value += isFrozen ? Self.frozenBonusSeconds : bonus
                announcedIDs.append(Int32(announced.count))
                announced.append(candidate)
                announcedFrozen.append(isFrozen)
                frozen.append(isFrozen)
            case .failure(let failure):
                let start = contact.start.millis(since: problem.problem.horizon.start)
                let setup =
                    problem.requestIndex[contact.request].flatMap { request in
                        problem.resourceIndex[contact.resource].map { setupMillis(request: request, resource: $0) }
                    } ?? 0
                let isFrozen = start - setup < frozenMillis
                announcedIDs.append(nil)
                frozen.append(isFrozen)
                invalidated.append(InvalidatedContact(contact: contact, frozen: isFrozen, reason: failure.kind))
            }
        }
        let pinned = announced.indices.filter { announcedFrozen[$0] }.map { announced[$0] }
        // Only candidates starting before the last frozen contact ends can collide with one.
        let reach = pinned.map { max($0.busy.end, $0.track.end) }.max() ?? Int.min
        var candidates: [Candidate] = []
        var own: Set<Identity> = []
        for candidate in announced { own.insert(Identity(candidate)) }
        for (index, request) in problem.requests.enumerated() {
            var generated: [Candidate] = []
            for period in request.periods {
                CandidateSet.generate(
                    request: index, model: request, period: period, problem: problem, into: &generated)
            }
            for candidate in generated
            where candidate.busy.start >= frozenMillis && !own.contains(Identity(candidate))
                && (candidate.busy.start >= reach || !conflicts(candidate, with: pinned))
            {
                candidates.append(candidate)
            }
        }
        let firstAnnounced = candidates.count
        var shifted: [Int32?] = []
        for (index, id) in announcedIDs.enumerated() {
            guard let id else {
                shifted.append(nil)
                continue
            }
            let candidate = announced[Int(id)]
            // An announced contact that collides with a frozen one cannot stay either.
            if !frozen[index] && conflicts(candidate, with: pinned) {
                shifted.append(nil)
                continue
            }
            shifted.append(Int32(candidates.count))
            candidates.append(candidate)
        }
        let byMission = options.missionFloorSeconds != nil
        return Setup(
            set: CandidateSet(
                problem: problem, given: byMission ? accountedByMission(candidates) : candidates, byMission: byMission),
            frozenMillis: frozenMillis,
            firstAnnounced: firstAnnounced, announcedIDs: shifted, frozen: frozen, invalidated: invalidated)
    }

    /// True when `candidate` shares an antenna's busy time or (unless its spacecraft may be
    /// tracked twice at once) its spacecraft's tracking time with one of `others`.
    func conflicts(_ candidate: Candidate, with others: [Candidate]) -> Bool {
        let members = problem.resources[Int(candidate.resource)].members
        for other in others {
            if other.busy.overlaps(candidate.busy)
                && problem.resources[Int(other.resource)].members.contains(where: members.contains)
            {
                return true
            }
            if other.spacecraft == candidate.spacecraft && !problem.simultaneous[Int(candidate.spacecraft)]
                && other.track.overlaps(candidate.track)
            {
                return true
            }
        }
        return false
    }

    /// A contact's identity: request, resource and tracking time.
    typealias Identity = CandidateSet.Key
}
