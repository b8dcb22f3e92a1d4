import Consortium
import Testing

@Suite("Agreement rules")
struct AgreementRulesTests {
    @Test("The ISS IGA's common-systems shares add up to 100 % and validate")
    func issSharesValidate() throws {
        let iga = try Fixtures.issIGA()
        try iga.validate()
        #expect(iga.networkShare(of: "nasa") == 76.6)
        #expect(iga.networkShare(of: "roscosmos") == 0)
    }

    @Test("Shares that do not add up to 100 % are refused, naming the clause")
    func sharesMustSum() throws {
        var iga = try Fixtures.issIGA()
        iga.clauses.networkShares[0].percent = 76.5
        let error = #expect(throws: DomainError.self) { try iga.validate() }
        #expect(error?.code == .sharesDoNotSum)
        #expect(error?.field == "clauses.networkShares")
        #expect(error?.detail.contains("99.9") == true)
    }

    @Test("A share for a partner that is not a party is refused")
    func shareOfNonParty() throws {
        var iga = try Fixtures.issIGA()
        iga.clauses.costShares = [.init(partner: "nasa", percent: 60), .init(partner: "isro", percent: 40)]
        let error = #expect(throws: DomainError.self) { try iga.validate() }
        #expect(error?.code == .notAParty)
        #expect(error?.field == "clauses.costShares[1].partner")
    }

    @Test("Dates must be ordered: signed ≤ effective < expires")
    func datesOrdered() throws {
        var iga = try Fixtures.issIGA()
        iga.expires = try Day("2001-03-27")
        #expect(throws: DomainError.self) { try iga.validate() }
        iga.expires = nil
        iga.effective = try Day("1997-12-31")
        let error = #expect(throws: DomainError.self) { try iga.validate() }
        #expect(error?.code == .dateOrder)
        #expect(error?.field == "effective")
    }

    @Test("A bilateral arrangement has exactly two parties; parties are unique")
    func partiesRules() throws {
        var iga = try Fixtures.issIGA()
        iga.kind = .bilateralArrangement
        #expect((try? iga.validate()) == nil)
        var duplicated = try Fixtures.issIGA()
        duplicated.parties.append(Agreement.Party(partner: "esa"))
        let error = #expect(throws: DomainError.self) { try duplicated.validate() }
        #expect(error?.code == .duplicate)
        #expect(error?.field == "parties[5]")
    }

    @Test("Only an agreement in force on a day applies on that day")
    func inForceOnDay() throws {
        var iga = try Fixtures.issIGA()
        iga.expires = try Day("2031-01-01")
        #expect(iga.isInForce(on: try Day("2026-11-22")))
        #expect(!iga.isInForce(on: try Day("2001-03-26")))
        #expect(iga.isInForce(on: try Day("2001-03-27")))
        #expect(iga.isInForce(on: try Day("2030-12-31")))
        #expect(!iga.isInForce(on: try Day("2031-01-01")))
        iga.status = .suspended
        #expect(!iga.isInForce(on: try Day("2026-11-22")))
        #expect(!iga.binds("nasa", on: try Day("2026-11-22")))
    }

    @Test("A withdrawing party's shares go to the others in proportion, still summing to 100 %")
    func withdrawalRescales() throws {
        let iga = try Fixtures.issIGA()
        let day = try Day("2026-12-31")
        let after = try iga.withdrawing("esa", on: day)
        try after.validate()
        // The remaining common-systems shares 76.6 : 12.8 : 2.3 scaled by 100 / 91.7.
        #expect(abs(after.networkShare(of: "nasa") - 76.6 * 100 / 91.7) < 1e-12)
        #expect(abs(after.networkShare(of: "jaxa") - 12.8 * 100 / 91.7) < 1e-12)
        #expect(abs(after.networkShare(of: "csa") - 2.3 * 100 / 91.7) < 1e-12)
        #expect(after.networkShare(of: "esa") == 0)
        #expect(after.clauses.costShares == [.init(partner: "nasa", percent: 100)])
        #expect(after.clauses.stationContributions.isEmpty)
        #expect(after.clauses.dataPolicy.namedParties == ["nasa"])
        #expect(after.status == .inForce)
        #expect(after.binds("esa", on: try Day("2026-12-30")))
        #expect(!after.binds("esa", on: day))
        #expect(after.activeParties(on: day) == ["nasa", "roscosmos", "jaxa", "csa"])
    }

    @Test("Withdrawing twice, or leaving one party, is handled")
    func withdrawalEdges() throws {
        let iga = try Fixtures.issIGA()
        let day = try Day("2027-01-01")
        let once = try iga.withdrawing("esa", on: day)
        let error = #expect(throws: DomainError.self) { try once.withdrawing("esa", on: day) }
        #expect(error?.code == .notAParty)
        var last = once
        for partner: Partner.ID in ["jaxa", "csa", "roscosmos"] {
            last = try last.withdrawing(partner, on: day)
        }
        #expect(last.status == .withdrawn)
        #expect(last.clauses.networkShares == [.init(partner: "nasa", percent: 100)])
        #expect(throws: DomainError.self) { try last.withdrawing("nasa", on: day) }
        // The named data party left: the policy falls back to the consortium, never to public.
        var named = try Fixtures.issIGA()
        named.clauses.dataPolicy = DataPolicy(access: .namedParties, namedParties: ["esa"])
        let fallback = try named.withdrawing("esa", on: day)
        #expect(fallback.clauses.dataPolicy.access == .consortium)
        try fallback.validate()
    }
}
