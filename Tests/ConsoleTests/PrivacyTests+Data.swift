import Consortium
import Foundation
import Orbits
import Storage
import Testing

@testable import Console

/// Data products stored by NASA (and one by ESA) under each kind of policy, seen on the Data page
/// and the Overview by viewers of four partners, before and after the embargo ends.
///
/// The demo's `ground-network-mou` binds ESA, NASA, JAXA, KSAT, ISRO and DLR (not Roscosmos);
/// `nasa-isro-nisar` binds NASA and ISRO. Who sees what is written out by hand from the rules of
/// docs/data.md (the producer always; after the embargo, public products everyone, consortium
/// products the agreement's parties, named-party products the named partners; before it, only
/// the partners given early access), not computed by the code under test.
extension PrivacyTests {
    /// One stored product and the partners that see it before and after `embargoEnd`.
    struct SharedProduct: Sendable {
        var product: DataProduct
        var before: Set<String>
        var after: Set<String>
    }

    /// The test clock's start (the embargoes below end two days later).
    static let before = ConsoleTestServer.now
    /// The end of every running embargo: 2026-03-21T06:00:00Z.
    static let embargoEnd = ConsoleTestServer.now.adding(days: 2)
    /// A day after the embargoes end.
    static let after = ConsoleTestServer.now.adding(days: 3)
    /// Every demo partner.
    static let everyone: Set<String> = [
        "nasa", "roscosmos", "esa", "jaxa", "csa", "asi", "isro", "ksat", "planet", "noaa", "usgs", "eumetsat", "dlr",
        "cnes",
    ]
    /// The parties of `ground-network-mou`.
    static let networkParties: Set<String> = ["esa", "nasa", "jaxa", "ksat", "isro", "dlr"]
    /// The partner of each signed-in viewer.
    static let viewers = [
        "nasa": "nasa-viewer", "esa": "esa-viewer", "jaxa": "jaxa-viewer", "roscosmos": "roscosmos-admin",
    ]

    static func product(
        _ id: String, _ index: Int, producer: Partner.ID = "nasa", access: DataPolicy.Access,
        agreement: Agreement.ID = "ground-network-mou", named: [Partner.ID] = [], early: [Partner.ID] = [],
        embargoEnd: Instant
    ) -> DataProduct {
        DataProduct(
            id: DataProduct.ID(rawValue: id)!,
            metadata: ProductMetadata(
                mission: producer == "nasa" ? "hubble" : "sentinel-6", agreement: agreement,
                productType: "type-of-\(id)", keywords: ["kw-\(id)"]),
            producer: producer, sha256: String(repeating: "\(index)", count: 64), byteCount: 1_000 * Int64(index + 1),
            uploadedAt: before.adding(days: -10).adding(seconds: 3600 * Double(index)),
            uploadedBy: producer == "nasa" ? "nasa-operator" : "esa-operator",
            policy: ProductPolicy(
                access: access, agreement: agreement, namedPartners: named, embargoEnd: embargoEnd, earlyAccess: early))
    }

    static let shared: [SharedProduct] = [
        SharedProduct(
            product: product("prd-nasa-embargoed", 0, access: .consortium, embargoEnd: embargoEnd),
            before: ["nasa"], after: networkParties),
        SharedProduct(
            product: product("prd-nasa-named-esa", 1, access: .namedParties, named: ["esa"], embargoEnd: embargoEnd),
            before: ["nasa"], after: ["nasa", "esa"]),
        SharedProduct(
            product: product("prd-nasa-consortium", 2, access: .consortium, embargoEnd: before.adding(days: -1)),
            before: networkParties, after: networkParties),
        SharedProduct(
            product: product(
                "prd-nasa-public-now", 3, access: .public, agreement: "nasa-isro-nisar",
                embargoEnd: before.adding(days: -1)),
            before: everyone, after: everyone),
        SharedProduct(
            product: product("prd-nasa-public-later", 4, access: .public, embargoEnd: embargoEnd),
            before: ["nasa"], after: everyone),
        SharedProduct(
            product: product("prd-nasa-early-jaxa", 5, access: .consortium, early: ["jaxa"], embargoEnd: embargoEnd),
            before: ["nasa", "jaxa"], after: networkParties),
        SharedProduct(
            product: product(
                "prd-esa-named-nasa", 6, producer: "esa", access: .namedParties, named: ["nasa"],
                embargoEnd: before.adding(days: -1)),
            before: ["esa", "nasa"], after: ["esa", "nasa"]),
    ]

    /// Stores the products with their upload entries, and two reads by other partners' users.
    static func storeProducts(_ server: ConsoleTestServer) async throws {
        let catalog = try #require(server.repository as? any ProductCatalog)
        for item in shared {
            let product = item.product
            let uploader = Principal(
                user: product.uploadedBy, partner: product.producer, role: .operator)
            _ = try await catalog.insertProduct(
                product, quotaBytes: nil,
                audit: AuditRecord(
                    at: product.uploadedAt, action: .upload, outcome: .ok, principal: uploader,
                    product: product.id.rawValue, producer: product.producer,
                    detail: "upload-detail-of-\(product.id.rawValue)"))
        }
        // ESA's viewer reads a NASA product; NASA's viewer reads ESA's: each entry belongs to the producer.
        try await catalog.appendAudit(
            AuditRecord(
                at: before, action: .read, outcome: .ok,
                principal: Principal(user: "esa-viewer", partner: "esa", role: .viewer), product: "prd-nasa-consortium",
                producer: "nasa", detail: "read-by-esa-viewer"))
        try await catalog.appendAudit(
            AuditRecord(
                at: before, action: .read, outcome: .ok,
                principal: Principal(user: "nasa-viewer", partner: "nasa", role: .viewer),
                product: "prd-esa-named-nasa",
                producer: "esa", detail: "read-by-nasa-viewer"))
    }

    /// The part of `html` from the element with `id` to the end of its section.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\""),
            let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The ids of the test's products named in `html`.
    static func productIDs(in html: String) -> Set<String> {
        Set(shared.map(\.product.id.rawValue).filter { html.contains($0) })
    }

    @Test("Data page and Overview list exactly the products each partner may access, before and after the embargo")
    func storedProducts() async throws {
        let clock = TestClock(Self.before)
        try await ConsoleTestServer.run(clock: clock.serverClock) { client, server in
            try await Self.storeProducts(server)
            for (instant, label) in [(Self.before, "before"), (Self.after, "after")] {
                clock.set(instant)
                for (partner, user) in Self.viewers.sorted(by: { $0.key < $1.key }) {
                    // Signed in at each instant: a session lasts 12 h.
                    let session = try await client.signIn(user, language: "en")
                    let visible = Set(
                        Self.shared.filter { (label == "before" ? $0.before : $0.after).contains(partner) }
                            .map(\.product.id.rawValue))
                    let data = try await client.page("/console/data", session: session, language: "en")
                    #expect(data.status == .ok, "\(partner) \(label): \(data)")
                    let list = try #require(Self.section("data-products", in: data.body))
                    #expect(Self.productIDs(in: list) == visible, "\(partner)'s Data page \(label) the embargo")
                    // Nothing of a hidden product anywhere on the page: id, type or keyword.
                    for item in Self.shared where !visible.contains(item.product.id.rawValue) {
                        #expect(!data.body.contains(item.product.id.rawValue), "\(partner) \(label)")
                        #expect(!data.body.contains(item.product.metadata.productType), "\(partner) \(label)")
                    }

                    let overview = try await client.page("/console/overview", session: session, language: "en")
                    let newest = try #require(Self.section("overview-products", in: overview.body))
                    let expected = Set(
                        Self.shared.filter { visible.contains($0.product.id.rawValue) }
                            .sorted { $0.product.uploadedAt > $1.product.uploadedAt }
                            .prefix(OverviewPage.activityCount).map(\.product.id.rawValue))
                    #expect(Self.productIDs(in: newest) == expected, "\(partner)'s Overview \(label) the embargo")
                    #expect(
                        Self.productIDs(in: overview.body).isSubset(of: visible), "\(partner)'s Overview \(label)")
                }
            }
        }
    }

    @Test("The Data page's audit shows a steward its own partner's products' entries only; viewers none")
    func auditOfOwnProducts() async throws {
        try await ConsoleTestServer.run { client, server in
            try await Self.storeProducts(server)
            let nasaProducts = Set(Self.shared.filter { $0.product.producer == "nasa" }.map(\.product.id.rawValue))
            let expected: [String: (products: Set<String>, details: [String], hidden: [String])] = [
                "nasa-admin": (
                    nasaProducts, ["read-by-esa-viewer", "upload-detail-of-prd-nasa-embargoed"], ["read-by-nasa-viewer"]
                ),
                "esa-admin": (
                    ["prd-esa-named-nasa"], ["read-by-nasa-viewer"],
                    ["read-by-esa-viewer", "upload-detail-of-prd-nasa"]
                ),
                "jaxa-admin": ([], [], ["read-by", "upload-detail"]),
            ]
            for (user, want) in expected {
                let session = try await client.signIn(user, language: "en")
                let page = try await client.page("/console/data", session: session, language: "en")
                let audit = try #require(Self.section("data-audit", in: page.body))
                #expect(Self.productIDs(in: audit) == want.products, "\(user)'s audit")
                for detail in want.details { #expect(audit.contains(detail), "\(user) should see \(detail)") }
                for detail in want.hidden { #expect(!audit.contains(detail), "\(user) sees \(detail)") }
                #expect(audit.contains("No audit entry for your products.") == want.products.isEmpty, "\(user)")
            }
            // Viewers and operators do not read the log, even of their own products
            // (`GET /api/v1/audit` refuses them: `DataSteward.auditScope`).
            for user in ["nasa-viewer", "nasa-operator", "esa-viewer"] {
                let session = try await client.signIn(user, language: "en")
                let audit = try #require(
                    Self.section("data-audit", in: try await client.page("/console/data", session: session).body))
                #expect(audit.contains("read by its data stewards"), "\(user)")
                #expect(Self.productIDs(in: audit).isEmpty && !audit.contains("read-by"), "\(user)")
            }
            // The consortium administrator reads every entry.
            let admin = try await client.signIn("secretariat", language: "en")
            let all = try #require(
                Self.section("data-audit", in: try await client.page("/console/data", session: admin).body))
            #expect(Self.productIDs(in: all) == Set(Self.shared.map(\.product.id.rawValue)))
        }
    }
}
