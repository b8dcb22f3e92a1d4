import Consortium
import Foundation
import Orbits
import SQLKit
import Testing

@testable import Storage

/// The data exchange's rows, quota and audit chain on SQLite and PostgreSQL, and the blob store.
@Suite("Data product storage")
struct DataProductStorageTests {
    static let uploadedAt = try! Instant(iso8601: "2026-10-02T12:00:00Z")
    static let embargoEnd = try! Instant(iso8601: "2026-10-31T00:00:00Z")
    static let during = try! Instant(iso8601: "2026-10-15T00:00:00Z")
    static let after = try! Instant(iso8601: "2026-11-22T00:00:00Z")

    /// A product of `producer` under `agreement` with `access`, named and early partners.
    static func product(
        _ id: String, producer: Partner.ID = "nasa", access: DataPolicy.Access, named: [Partner.ID] = [],
        early: [Partner.ID] = [], agreement: Agreement.ID = "data-mou", keywords: [String] = [], bytes: Int64 = 100
    ) -> DataProduct {
        DataProduct(
            id: DataProduct.ID(rawValue: id)!,
            metadata: ProductMetadata(
                mission: "hubble", agreement: agreement, productType: "image",
                observationStart: try! Instant(iso8601: "2026-09-30T00:00:00Z"),
                observationEnd: try! Instant(iso8601: "2026-10-01T00:00:00Z"), keywords: keywords),
            producer: producer, sha256: String(repeating: "b", count: 64), byteCount: bytes, uploadedAt: uploadedAt,
            uploadedBy: "nasa-ops",
            policy: ProductPolicy(
                access: access, agreement: agreement, namedPartners: named, embargoEnd: embargoEnd, earlyAccess: early))
    }

    static func record(_ product: DataProduct) -> AuditRecord {
        AuditRecord(
            at: uploadedAt, action: .upload, outcome: .ok,
            principal: Principal(user: "nasa-ops", partner: product.producer, role: .operator),
            product: product.id.rawValue, producer: product.producer, detail: "\(product.byteCount) bytes")
    }

    static let products = [
        product("p-public", access: .public, keywords: ["M31", "uv"]),
        product("p-consortium", access: .consortium, keywords: ["uv"]),
        product("p-named", access: .namedParties, named: ["esa"]),
        product("p-early", access: .consortium, early: ["jaxa"]),
        product("p-other-agreement", access: .consortium, agreement: "other-mou"),
        product("p-esa", producer: "esa", access: .namedParties, named: ["nasa"]),
    ]

    @Test(
        "The SQL visibility rule agrees with ProductScope for every product, partner and instant",
        arguments: Backend.selected)
    func visibilityMatchesScope(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            for product in Self.products {
                _ = try await repository.insertProduct(product, quotaBytes: nil, audit: Self.record(product))
            }
            let bindings: [Partner.ID: Set<Agreement.ID>] = [
                "nasa": ["data-mou", "other-mou"], "esa": ["data-mou"], "jaxa": ["data-mou"], "cnes": [],
            ]
            for (partner, agreements) in bindings {
                for instant in [Self.during, Self.embargoEnd, Self.after] {
                    let scope = ProductScope(partner: partner, instant: instant, bindingAgreements: agreements)
                    let page = try await repository.products(scope: scope, filter: ProductFilter(), page: PageRequest())
                    let expected = Self.products.filter(scope.contains).map(\.id.rawValue).sorted()
                    #expect(page.items.map(\.id.rawValue) == expected, "\(partner) at \(instant)")
                }
            }
            // Concretely: ESA during the embargo sees only its own; after it, public, consortium and named.
            let esaAfter = ProductScope(partner: "esa", instant: Self.after, bindingAgreements: ["data-mou"])
            let seen = try await repository.products(scope: esaAfter, filter: ProductFilter(), page: PageRequest())
            #expect(seen.items.map(\.id.rawValue) == ["p-consortium", "p-early", "p-esa", "p-named", "p-public"])
            let cnes = ProductScope(partner: "cnes", instant: Self.after, bindingAgreements: [])
            let outsider = try await repository.products(scope: cnes, filter: ProductFilter(), page: PageRequest())
            #expect(outsider.items.map(\.id.rawValue) == ["p-public"])
        }
    }

    @Test("Filters, keywords (case-insensitive) and cursor pages", arguments: Backend.selected)
    func filtersAndPages(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            for product in Self.products {
                _ = try await repository.insertProduct(product, quotaBytes: nil, audit: Self.record(product))
            }
            let nasa = ProductScope(partner: "nasa", instant: Self.during, bindingAgreements: ["data-mou"])
            let uv = try await repository.products(
                scope: nasa, filter: ProductFilter(keywords: ["UV"]), page: PageRequest())
            #expect(uv.items.map(\.id.rawValue) == ["p-consortium", "p-public"])
            let both = try await repository.products(
                scope: nasa, filter: ProductFilter(keywords: ["uv", "m31"]), page: PageRequest())
            #expect(both.items.map(\.id.rawValue) == ["p-public"])
            // ESA's product names NASA: hidden during its embargo, listed after it.
            let nasaAfter = ProductScope(partner: "nasa", instant: Self.after, bindingAgreements: ["data-mou"])
            let esaDuring = try await repository.products(
                scope: nasa, filter: ProductFilter(producer: "esa"), page: PageRequest())
            #expect(esaDuring.items.isEmpty)
            let esaMade = try await repository.products(
                scope: nasaAfter, filter: ProductFilter(producer: "esa"), page: PageRequest())
            #expect(esaMade.items.map(\.id.rawValue) == ["p-esa"])
            let before = try await repository.products(
                scope: nasa, filter: ProductFilter(embargoEndsBefore: Self.embargoEnd), page: PageRequest())
            #expect(before.items.isEmpty)
            let later = try await repository.products(
                scope: nasaAfter, filter: ProductFilter(embargoEndsBefore: Self.after), page: PageRequest())
            #expect(later.items.count == 6)
            let outside = try await repository.products(
                scope: nasa, filter: ProductFilter(observedFrom: try Instant(iso8601: "2026-10-01T00:00:01Z")),
                page: PageRequest())
            #expect(outside.items.isEmpty)
            var ids: [String] = []
            var cursor: String?
            repeat {
                let page = try await repository.products(
                    scope: nasaAfter, filter: ProductFilter(), page: PageRequest(limit: 4, after: cursor))
                ids += page.items.map(\.id.rawValue)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(ids == Self.products.map(\.id.rawValue).sorted())
        }
    }

    @Test("Quota per partner: usage adds up and the product past it is refused", arguments: Backend.selected)
    func quota(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let first = Self.product("q-1", access: .public, bytes: 600)
            _ = try await repository.insertProduct(first, quotaBytes: 1000, audit: Self.record(first))
            #expect(try await repository.quotaUsage(of: "nasa") == 600)
            let second = Self.product("q-2", access: .public, bytes: 401)
            await #expect(throws: DataStoreError.self) {
                _ = try await repository.insertProduct(second, quotaBytes: 1000, audit: Self.record(second))
            }
            #expect(try await repository.quotaUsage(of: "nasa") == 600)
            #expect(try await repository.product(id: "q-2") == nil)
            let fits = Self.product("q-3", access: .public, bytes: 400)
            _ = try await repository.insertProduct(fits, quotaBytes: 1000, audit: Self.record(fits))
            #expect(try await repository.quotaUsage(of: "nasa") == 1000)
            #expect(try await repository.quotaUsage(of: "esa") == 0)
        }
    }

    @Test("Policy changes replace the grants and are audited", arguments: Backend.selected)
    func policyUpdate(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            let product = Self.product("u-1", access: .consortium)
            _ = try await repository.insertProduct(product, quotaBytes: nil, audit: Self.record(product))
            let esa = ProductScope(partner: "esa", instant: Self.during, bindingAgreements: ["data-mou"])
            #expect(try await repository.products(scope: esa, filter: .init(), page: .init()).items.isEmpty)
            var policy = product.policy
            policy.earlyAccess = ["esa"]
            let updated = try await repository.updatePolicy(
                id: product.id, policy: policy, audit: Self.record(product))
            #expect(updated.policy.earlyAccess == ["esa"])
            #expect(try await repository.product(id: product.id)?.policy.earlyAccess == ["esa"])
            #expect(try await repository.products(scope: esa, filter: .init(), page: .init()).items.count == 1)
            let verification = try await repository.verifyAudit()
            #expect(verification.isIntact)
            #expect(verification.entries == 2)
        }
    }

    @Test("The audit log is append-only and its chain detects a changed entry", arguments: Backend.selected)
    func auditChain(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, database in
            var last: AuditEntry?
            for index in 1...5 {
                let product = Self.product("a-\(index)", access: .public)
                last = try await repository.appendAudit(Self.record(product))
            }
            let entries = try await repository.auditEntries(producers: nil, before: nil, limit: 10)
            #expect(entries.map(\.sequence) == [5, 4, 3, 2, 1])
            #expect(entries.last?.previousHash == AuditEntry.genesisHash)
            for (newer, older) in zip(entries, entries.dropFirst()) {
                #expect(newer.previousHash == older.hash)
                #expect(older.hash == older.computedHash)
            }
            let intact = try await repository.verifyAudit()
            #expect(intact.isIntact && intact.entries == 5 && intact.headHash == last?.hash)
            #expect(try await repository.auditEntries(producers: ["esa"], before: nil, limit: 10).isEmpty)
            // UPDATE and DELETE are refused by the database itself.
            await #expect(throws: (any Error).self) {
                try await database.raw { db in
                    try await db.raw("UPDATE data_audit SET detail = 'forged' WHERE seq = 3").run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await database.raw { db in try await db.raw("DELETE FROM data_audit WHERE seq = 3").run() }
            }
            // Someone with the database file drops the guard and edits entry 3: verify names it.
            try await database.raw { db in
                switch backend {
                case .sqlite: try await db.raw("DROP TRIGGER data_audit_no_update").run()
                case .postgres: try await db.raw("DROP TRIGGER data_audit_append_only ON data_audit").run()
                }
                try await db.raw("UPDATE data_audit SET detail = 'forged' WHERE seq = 3").run()
            }
            let broken = try await repository.verifyAudit()
            #expect(!broken.isIntact)
            #expect(broken.firstBreak?.sequence == 3)
            #expect(broken.entries == 2)
        }
    }
}
