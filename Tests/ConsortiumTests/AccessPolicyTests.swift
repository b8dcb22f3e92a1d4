import Consortium
import Testing

@Suite("Access policy")
struct AccessPolicyTests {
    let today = try! Day("2026-11-22")

    func policy() throws -> AccessPolicy {
        var draft = try Fixtures.issIGA()
        draft.id = "draft-mou"
        draft.status = .draft
        draft.parties = [.init(partner: "isro"), .init(partner: "nasa")]
        draft.clauses = .init(stationContributions: [.init(partner: "isro", station: "isro-bangalore")])
        let mission = Mission(
            id: "nisar", name: "NISAR", lead: "nasa", status: .active, spacecraft: ["nisar"],
            contributions: [
                .init(partner: "nasa", kind: .instrument, role: .lead, description: "L-band SAR"),
                .init(partner: "isro", kind: .instrument, role: .contributor, description: "S-band SAR and launch"),
            ])
        return AccessPolicy(agreements: [try Fixtures.issIGA(), draft], missions: [mission], on: today)
    }

    @Test("Spacecraft: the owner, partners bound by an agreement in force, and mission participants")
    func spacecraftScope() throws {
        let policy = try policy()
        let esa = Principal(user: "esa-ops", partner: "esa", role: .operator)
        let isro = Principal(user: "isro-ops", partner: "isro", role: .viewer)
        let esaScope = policy.readScope(.spacecraft, for: esa)
        #expect(esaScope.contains(id: "iss", owner: "nasa"))
        #expect(!esaScope.contains(id: "cartosat-3", owner: "isro"))
        let isroScope = policy.readScope(.spacecraft, for: isro)
        // The draft MOU binds nobody; ISRO sees NASA's NISAR only through the mission.
        #expect(isroScope.contains(id: "nisar", owner: "nasa"))
        #expect(!isroScope.contains(id: "iss", owner: "nasa"))
        #expect(isroScope.contains(id: "cartosat-3", owner: "isro"))
    }

    @Test("Stations: the owner and parties of an agreement in force that pools the station")
    func stationScope() throws {
        let policy = try policy()
        let jaxa = Principal(user: "jaxa-ops", partner: "jaxa", role: .viewer)
        #expect(policy.readScope(.station, for: jaxa).contains(id: "esa-kiruna", owner: "esa"))
        #expect(!policy.readScope(.station, for: jaxa).contains(id: "esa-redu", owner: "esa"))
        let nasa = Principal(user: "nasa-ops", partner: "nasa", role: .viewer)
        #expect(!policy.readScope(.station, for: nasa).contains(id: "isro-bangalore", owner: "isro"))
        // After ESA withdraws, Kiruna leaves the pool.
        let after = AccessPolicy(
            agreements: [try Fixtures.issIGA().withdrawing("esa", on: today)], missions: [], on: today)
        #expect(!after.readScope(.station, for: jaxa).contains(id: "esa-kiruna", owner: "esa"))
        #expect(!after.readScope(.spacecraft, for: jaxa).contains(id: "esa-sat", owner: "esa"))
    }

    @Test("Agreements are seen by their parties, drafts included; admins see everything")
    func agreementScope() throws {
        let policy = try policy()
        let isro = Principal(user: "i", partner: "isro", role: .partnerAdmin)
        #expect(policy.readScope(.agreement, for: isro).contains(id: "draft-mou", owner: nil))
        #expect(!policy.readScope(.agreement, for: isro).contains(id: "iss-iga", owner: nil))
        let admin = Principal(user: "s", partner: "esa", role: .consortiumAdmin)
        #expect(policy.readScope(.agreement, for: admin) == .all)
    }

    @Test("Write rights follow role and ownership", arguments: Role.allCases)
    func writeRights(role: Role) {
        let principal = Principal(user: "u", partner: "esa", role: role)
        let expectedOwnCreate = role.includes(.operator)
        #expect(AccessPolicy.mayWrite(.create, .spacecraft, ownedBy: "esa", by: principal) == expectedOwnCreate)
        #expect(AccessPolicy.mayWrite(.delete, .station, ownedBy: "esa", by: principal) == role.includes(.partnerAdmin))
        #expect(
            AccessPolicy.mayWrite(.update, .spacecraft, ownedBy: "nasa", by: principal) == (role == .consortiumAdmin))
        #expect(AccessPolicy.mayWrite(.create, .agreement, ownedBy: nil, by: principal) == (role == .consortiumAdmin))
        #expect(AccessPolicy.mayGrant(.consortiumAdmin, by: principal) == (role == .consortiumAdmin))
        #expect(AccessPolicy.mayGrant(.operator, by: principal) == role.includes(.partnerAdmin))
    }

    @Test("A snapshot with a station contributed by someone else's partner is refused")
    func snapshotReferences() throws {
        let kiruna = Station(
            id: "esa-kiruna", name: "Kiruna", owner: "esa", latitude: 67.857128, longitude: 20.964325, heightMeters: 402
        )
        var snapshot = RegistrySnapshot(
            partners: try ["nasa", "roscosmos", "esa", "jaxa", "csa"].map { try Fixtures.partner($0) },
            stations: [kiruna], agreements: [try Fixtures.issIGA()])
        try snapshot.validate()
        snapshot.stations[0].owner = "nasa"
        let error = #expect(throws: DomainError.self) { try snapshot.validate() }
        #expect(error?.code == .unknownReference)
        #expect(error?.field == "agreements[iss-iga].clauses.stationContributions[0].station")
    }
}
