import Consortium
import Orbits
import Testing

/// Products of NASA for the Hubble mission (NASA lead, ESA contributor) under an MOU between
/// NASA, ESA, JAXA and ISRO whose data clause is varied per test; CNES is outside the MOU.
/// The embargo runs 30 days from the observation's end, 2026-10-01T00:00Z, so ends 2026-10-31T00:00Z.
@Suite("Data product policy")
struct DataPolicyTests {
    static let observationEnd = try! Instant(iso8601: "2026-10-01T00:00:00Z")
    static let uploadedAt = try! Instant(iso8601: "2026-10-02T12:00:00Z")
    static let embargoEnd = try! Instant(iso8601: "2026-10-31T00:00:00Z")
    static let before = try! Instant(iso8601: "2026-10-30T23:59:59Z")
    static let after = try! Instant(iso8601: "2026-11-22T10:00:00Z")

    static let hubble = Mission(
        id: "hubble", name: "Hubble", lead: "nasa", status: .active,
        contributions: [
            .init(partner: "nasa", kind: .instrument, role: .lead, description: "telescope"),
            .init(partner: "esa", kind: .instrument, role: .contributor, description: "FOC"),
        ])

    static func mou(_ access: DataPolicy.Access, named: [Partner.ID] = [], days: Int = 30) -> Agreement {
        Agreement(
            id: "data-mou", title: "Data MOU", kind: .memorandumOfUnderstanding, status: .inForce,
            signed: try! Day("2020-01-01"), effective: try! Day("2020-01-01"),
            parties: ["nasa", "esa", "jaxa", "isro"].map { Agreement.Party(partner: $0) },
            clauses: .init(dataPolicy: DataPolicy(access: access, namedParties: named, proprietaryPeriodDays: days)))
    }

    static func product(under agreement: Agreement) -> DataProduct {
        let start = DataProduct.embargoStart(observationEnd: observationEnd, uploadedAt: uploadedAt)
        return DataProduct(
            id: "prd-1",
            metadata: ProductMetadata(mission: "hubble", productType: "image", observationEnd: observationEnd),
            producer: "nasa", sha256: String(repeating: "a", count: 64), byteCount: 10, uploadedAt: uploadedAt,
            uploadedBy: "nasa-ops", policy: ProductPolicy(clauseOf: agreement, start: start))
    }

    static func who(_ partner: Partner.ID, _ role: Role = .viewer) -> Principal {
        Principal(user: User.ID(rawValue: "\(partner)-user")!, partner: partner, role: role)
    }

    func decide(
        _ product: DataProduct, _ partner: Partner.ID, _ instant: Instant, _ agreement: Agreement,
        role: Role = .viewer
    ) -> AccessDecision {
        let decision = product.decision(
            for: Self.who(partner, role), at: instant, agreements: [agreement.id: agreement])
        // The store's scope must agree with the decision for every case tested.
        let scope = ProductScope(principal: Self.who(partner, role), at: instant, agreements: [agreement])
        #expect(scope.contains(product) == decision.isAllowed, "scope and decision disagree for \(partner)")
        return decision
    }

    @Test("The default embargo is the clause's 30 days from the observation's end")
    func defaults() {
        let product = Self.product(under: Self.mou(.consortium))
        #expect(product.policy.embargoEnd == Self.embargoEnd)
        #expect(product.policy.clauseEmbargoEnd == Self.embargoEnd)
        #expect(product.policy.access == .consortium)
        #expect(product.policy.earlyAccess.isEmpty)
        // A future observation end cannot lengthen the embargo: it runs from the upload then.
        let future = try! Instant(iso8601: "2027-01-01T00:00:00Z")
        #expect(DataProduct.embargoStart(observationEnd: future, uploadedAt: Self.uploadedAt) == Self.uploadedAt)
        #expect(DataProduct.embargoStart(observationEnd: nil, uploadedAt: Self.uploadedAt) == Self.uploadedAt)
    }

    @Test("Public: producer only before the embargo end; anyone (in the MOU or not) at and after it")
    func publicAcrossTime() {
        let mou = Self.mou(.public)
        let product = Self.product(under: mou)
        #expect(decide(product, "nasa", Self.before, mou) == .allowed(.producer))
        #expect(decide(product, "esa", Self.before, mou) == .denied(.embargoed))
        #expect(decide(product, "cnes", Self.before, mou) == .denied(.notAParty))
        #expect(decide(product, "esa", Self.embargoEnd, mou) == .allowed(.public))
        #expect(decide(product, "cnes", Self.embargoEnd, mou) == .allowed(.public))
        #expect(decide(product, "cnes", Self.after, mou) == .allowed(.public))
    }

    @Test("Consortium: parties of the agreement in force after the embargo, never outsiders")
    func consortiumAcrossTime() {
        let mou = Self.mou(.consortium)
        let product = Self.product(under: mou)
        #expect(decide(product, "jaxa", Self.before, mou) == .denied(.embargoed))
        #expect(decide(product, "jaxa", Self.embargoEnd, mou) == .allowed(.consortium))
        #expect(decide(product, "isro", Self.after, mou) == .allowed(.consortium))
        #expect(decide(product, "cnes", Self.after, mou) == .denied(.notAParty))
    }

    @Test("Named parties: only the named ones after the embargo")
    func namedAcrossTime() {
        let mou = Self.mou(.namedParties, named: ["esa"])
        let product = Self.product(under: mou)
        #expect(product.policy.namedPartners == ["esa"])
        #expect(decide(product, "esa", Self.before, mou) == .denied(.embargoed))
        #expect(decide(product, "esa", Self.embargoEnd, mou) == .allowed(.namedPartner))
        #expect(decide(product, "jaxa", Self.after, mou) == .denied(.notNamed))
        #expect(decide(product, "cnes", Self.after, mou) == .denied(.notAParty))
    }

    @Test("Suspending the agreement cuts consortium, named and early access at once; the producer and public stay")
    func suspension() throws {
        var mou = Self.mou(.consortium)
        var product = Self.product(under: mou)
        product.policy = try product.policy.applying(.init(earlyAccess: ["isro"]), agreement: mou, producer: "nasa")
        #expect(decide(product, "isro", Self.before, mou) == .allowed(.earlyAccess))
        mou.status = .suspended
        #expect(decide(product, "isro", Self.before, mou) == .denied(.agreementNotInForce))
        #expect(decide(product, "jaxa", Self.after, mou) == .denied(.agreementNotInForce))
        #expect(decide(product, "nasa", Self.after, mou) == .allowed(.producer))
        var open = Self.mou(.public)
        let published = Self.product(under: open)
        open.status = .suspended
        #expect(decide(published, "cnes", Self.after, open) == .allowed(.public))
        #expect(decide(published, "esa", Self.before, open) == .denied(.agreementNotInForce))
    }

    @Test("A partner that withdraws loses access from its day of withdrawal")
    func withdrawal() throws {
        let mou = Self.mou(.namedParties, named: ["esa", "jaxa"])
        let product = Self.product(under: mou)
        #expect(decide(product, "jaxa", Self.after, mou) == .allowed(.namedPartner))
        let withdrawn = try mou.withdrawing("jaxa", on: Day("2026-11-22"))
        #expect(decide(product, "jaxa", Self.after, withdrawn) == .denied(.notAParty))
        // The day before its withdrawal it still had access.
        let dayBefore = try Instant(iso8601: "2026-11-21T23:00:00Z")
        #expect(decide(product, "jaxa", dayBefore, withdrawn) == .allowed(.namedPartner))
        #expect(decide(product, "esa", Self.after, withdrawn) == .allowed(.namedPartner))
    }

    @Test("Steward changes within the clause: shorter embargo, early access for a party")
    func changesWithinClause() throws {
        let mou = Self.mou(.consortium)
        let product = Self.product(under: mou)
        let earlier = try Instant(iso8601: "2026-10-10T00:00:00Z")
        let changed = try product.policy.applying(
            .init(embargoEnd: earlier, earlyAccess: ["esa"], access: .consortium), agreement: mou, producer: "nasa")
        #expect(changed.embargoEnd == earlier)
        #expect(changed.clauseEmbargoEnd == Self.embargoEnd)
        #expect(changed.earlyAccess == ["esa"])
        var shortened = product
        shortened.policy = changed
        let midway = try Instant(iso8601: "2026-10-15T00:00:00Z")
        #expect(decide(product, "jaxa", midway, mou) == .denied(.embargoed))
        #expect(decide(shortened, "jaxa", midway, mou) == .allowed(.consortium))
        #expect(decide(shortened, "esa", Self.observationEnd, mou) == .allowed(.earlyAccess))
        // Back up to the clause's end (not past it) is within the clause.
        let restored = try changed.applying(.init(embargoEnd: Self.embargoEnd), agreement: mou, producer: "nasa")
        #expect(restored.embargoEnd == Self.embargoEnd)
    }

    @Test("Steward changes beyond the clause are refused, naming the field")
    func changesBeyondClause() throws {
        let mou = Self.mou(.consortium)
        let policy = Self.product(under: mou).policy
        func refusal(_ change: ProductPolicyChange) -> DataPolicyError? {
            do {
                _ = try policy.applying(change, agreement: mou, producer: "nasa")
                return nil
            } catch {
                return error
            }
        }
        let later = Self.embargoEnd.adding(seconds: 1)
        #expect(refusal(.init(embargoEnd: later))?.field == "embargoEnd")
        #expect(refusal(.init(embargoEnd: later))?.code == .beyondClause)
        #expect(refusal(.init(access: .public))?.field == "access")
        #expect(refusal(.init(namedPartners: ["esa"]))?.field == "namedPartners")
        #expect(refusal(.init(earlyAccess: ["esa", "cnes"]))?.field == "earlyAccess[1]")
        #expect(refusal(.init(earlyAccess: ["esa", "cnes"]))?.code == .notAParty)
        #expect(refusal(.init(earlyAccess: ["esa", "esa"]))?.field == "earlyAccess[1]")
        #expect(refusal(.init(earlyAccess: ["nasa"]))?.field == "earlyAccess[0]")
    }

    @Test("Every role of a partner gets the same decision; consortium admins of another partner get no privilege")
    func everyRole() {
        let mou = Self.mou(.namedParties, named: ["esa"])
        let product = Self.product(under: mou)
        for role in Role.allCases {
            #expect(decide(product, "nasa", Self.before, mou, role: role) == .allowed(.producer))
            #expect(decide(product, "esa", Self.before, mou, role: role) == .denied(.embargoed))
            #expect(decide(product, "esa", Self.after, mou, role: role) == .allowed(.namedPartner))
            #expect(decide(product, "jaxa", Self.after, mou, role: role) == .denied(.notNamed))
        }
    }

    @Test("Stewards, uploaders and audit readers by role")
    func stewardRoles() {
        #expect(DataSteward.isSteward(of: "nasa", Self.who("nasa", .partnerAdmin)))
        #expect(!DataSteward.isSteward(of: "nasa", Self.who("nasa", .operator)))
        #expect(!DataSteward.isSteward(of: "nasa", Self.who("esa", .partnerAdmin)))
        #expect(!DataSteward.isSteward(of: "nasa", Self.who("esa", .consortiumAdmin)))
        #expect(DataSteward.mayUpload(Self.who("nasa", .operator)))
        #expect(!DataSteward.mayUpload(Self.who("nasa", .viewer)))
        #expect(DataSteward.auditScope(Self.who("esa", .consortiumAdmin)) == nil)
        #expect(DataSteward.auditScope(Self.who("esa", .partnerAdmin)) == ["esa"])
        #expect(DataSteward.auditScope(Self.who("esa", .operator)) == [])
    }

    @Test("The covering agreement: the one binding every participant, or the one named; else a clear error")
    func coveringAgreement() throws {
        let mou = Self.mou(.consortium)
        var other = Self.mou(.public)
        other.id = "other-mou"
        let at = Self.uploadedAt
        let found = try ProductPolicy.coveringAgreement(
            named: nil, mission: Self.hubble, producer: "nasa", at: at, agreements: [mou])
        #expect(found.id == "data-mou")
        #expect(throws: DataPolicyError.self) {
            try ProductPolicy.coveringAgreement(
                named: nil, mission: Self.hubble, producer: "nasa", at: at, agreements: [mou, other])
        }
        let named = try ProductPolicy.coveringAgreement(
            named: "other-mou", mission: Self.hubble, producer: "nasa", at: at, agreements: [mou, other])
        #expect(named.id == "other-mou")
        do {
            _ = try ProductPolicy.coveringAgreement(
                named: nil, mission: Self.hubble, producer: "jaxa", at: at, agreements: [mou])
            Issue.record("JAXA does not take part in Hubble")
        } catch {
            #expect(error.field == "mission")
        }
        var suspended = mou
        suspended.status = .suspended
        do {
            _ = try ProductPolicy.coveringAgreement(
                named: nil, mission: Self.hubble, producer: "nasa", at: at, agreements: [suspended])
            Issue.record("a suspended agreement covers nothing")
        } catch {
            #expect(error.code == .noCoveringAgreement)
            #expect(error.field == "agreement")
        }
    }

    @Test("Metadata rules name the field")
    func metadataRules() {
        func field(_ metadata: ProductMetadata) -> String? {
            do {
                try metadata.validate()
                return nil
            } catch {
                return error.field
            }
        }
        let good = ProductMetadata(mission: "hubble", productType: "image", keywords: ["m31", "uv"])
        #expect(field(good) == nil)
        var bad = good
        bad.productType = "../../etc/passwd"
        #expect(field(bad) == "productType")
        bad = good
        bad.keywords = ["a", "A"]
        #expect(field(bad) == "keywords[1]")
        bad = good
        bad.keywords = (0...32).map { "k\($0)" }
        #expect(field(bad) == "keywords")
        bad = good
        bad.fileName = String(repeating: "x", count: 256)
        #expect(field(bad) == "fileName")
        bad = good
        bad.instrument = "WFC3\n"
        #expect(field(bad) == "instrument")
        bad = good
        bad.observationStart = Self.uploadedAt
        bad.observationEnd = Self.observationEnd
        #expect(field(bad) == "observationEnd")
    }
}
