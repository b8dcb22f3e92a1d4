/// Who may see and change what, on a given day, given the agreements and missions.
///
/// The rules (docs/threat_model.md explains why):
/// - **partners**: every user sees the directory; contacts only the partner itself and
///   consortium administrators (`mayReadContacts`). Consortium admins create and delete partners;
///   a partner admin updates its own partner.
/// - **agreements**: its parties (current or former) and consortium admins see it; only
///   consortium admins change agreements.
/// - **missions**: the participants (lead and contributors) see it; the lead's operators and
///   admins change it.
/// - **spacecraft**: the owner sees it, and so does every partner bound with the owner by an
///   agreement in force that day, and every participant of a mission that flies it.
/// - **stations**: the owner sees it, and so do the parties of an agreement in force that pools it
///   (a station contribution).
/// - **users**: a consortium admin sees all users, a partner admin its partner's, others themselves.
/// - writes to owned records (missions, spacecraft, stations): operators and admins of the owner
///   create and update; the owner's partner admins delete. Consortium admins may do everything.
public struct AccessPolicy: Sendable {
    /// The day on which agreements are judged in force.
    public let day: Day
    /// For each partner, the partners bound with it by an agreement in force.
    let boundPartners: [Partner.ID: Set<Partner.ID>]
    /// For each partner, the stations pooled by agreements in force that bind it.
    let pooledStations: [Partner.ID: Set<Station.ID>]
    /// For each partner, the agreements it is or was a party of.
    let agreementsOfParty: [Partner.ID: Set<Agreement.ID>]
    /// For each partner, the missions it takes part in.
    let missionsOfParticipant: [Partner.ID: Set<Mission.ID>]
    /// For each partner, the spacecraft of the missions it takes part in.
    let missionSpacecraft: [Partner.ID: Set<Spacecraft.ID>]

    /// Builds the policy for `day` from every agreement and mission of the registry.
    public init(agreements: [Agreement], missions: [Mission], on day: Day) {
        self.day = day
        var bound: [Partner.ID: Set<Partner.ID>] = [:]
        var pooled: [Partner.ID: Set<Station.ID>] = [:]
        var ofParty: [Partner.ID: Set<Agreement.ID>] = [:]
        for agreement in agreements {
            for party in agreement.parties {
                ofParty[party.partner, default: []].insert(agreement.id)
            }
            guard agreement.isInForce(on: day) else { continue }
            let active = agreement.activeParties(on: day)
            let stations = agreement.clauses.stationContributions.map(\.station)
            for partner in active {
                bound[partner, default: []].formUnion(active)
                pooled[partner, default: []].formUnion(stations)
            }
        }
        var ofParticipant: [Partner.ID: Set<Mission.ID>] = [:]
        var flown: [Partner.ID: Set<Spacecraft.ID>] = [:]
        for mission in missions {
            for partner in mission.participants {
                ofParticipant[partner, default: []].insert(mission.id)
                flown[partner, default: []].formUnion(mission.spacecraft)
            }
        }
        self.boundPartners = bound
        self.pooledStations = pooled
        self.agreementsOfParty = ofParty
        self.missionsOfParticipant = ofParticipant
        self.missionSpacecraft = flown
    }

    /// The partners bound with `partner` by an agreement in force (including itself).
    public func partners(boundWith partner: Partner.ID) -> Set<Partner.ID> {
        boundPartners[partner, default: []].union([partner])
    }

    /// The stations pooled with `partner` by agreements in force.
    public func stations(pooledWith partner: Partner.ID) -> Set<Station.ID> {
        pooledStations[partner] ?? []
    }
}
