import Consortium
import Foundation
import Orbits
import Storage

/// Data: the products the viewer may access now (the API's `ProductScope`: its own, released
/// ones of its agreements, public ones, early access), their embargo ends, and the audit log of
/// the viewer's partner's products for its data stewards (every product's for consortium
/// administrators), as `GET /api/v1/audit` gives it (`DataSteward.auditScope`): viewers and
/// operators are told that the log is the stewards'.
enum DataPage {
    struct ProductRow: Sendable {
        var id: String
        var mission: String
        var type: String
        var producer: String
        var size: String
        var uploaded: String
        var embargo: String
        var released: Bool
        var access: String
        var isOwn: Bool
    }

    struct AuditRow: Sendable {
        var sequence: String
        var time: String
        var action: String
        var outcome: String
        var user: String
        var product: String
        var detail: String
    }

    struct Body: Sendable {
        var available: Bool
        var products: [ProductRow]
        var hasProducts: Bool
        var audit: [AuditRow]
        var hasAudit: Bool
        /// Whether the viewer may read the audit log (a steward or a consortium administrator).
        var mayReadAudit: Bool
    }

    /// The most products and audit entries listed.
    static let maximumRows = 200

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        guard let catalog = input.repository as? any ProductCatalog else {
            return PageContent(
                template: "data", titleKey: "data_title",
                body: Body(
                    available: false, products: [], hasProducts: false, audit: [], hasAudit: false,
                    mayReadAudit: false))
        }
        let viewer = input.viewer
        let principal = viewer.principal
        let agreements = try await input.repository.all(Agreement.self).map(\.value)
        let scope = ProductScope(principal: principal, at: input.now, agreements: agreements)
        let names = PartnerNames(try await viewer.visible(Partner.self, in: input.repository).map(\.value))
        let format = input.format
        let products = try await catalog.products(
            scope: scope, filter: ProductFilter(), page: PageRequest(limit: maximumRows)
        ).items
        let rows = products.map { product in
            let released = product.policy.isReleased(at: input.now)
            return ProductRow(
                id: product.id.rawValue, mission: product.metadata.mission.rawValue,
                type: product.metadata.productType, producer: names[product.producer],
                size: format.number(Double(product.byteCount) / 1_048_576, digits: 2) + " MiB",
                uploaded: format.dateTime(product.uploadedAt),
                embargo: released ? input.text("data_released") : format.dateTime(product.policy.embargoEnd),
                released: released, access: input.text("data_access_\(product.policy.access.rawValue)"),
                isOwn: viewer.isOwn(product.producer))
        }
        let auditScope = DataSteward.auditScope(principal)
        let mayReadAudit = auditScope.map { !$0.isEmpty } ?? true
        let entries =
            mayReadAudit
            ? try await catalog.auditEntries(producers: auditScope, before: nil, limit: maximumRows) : []
        let audit = entries.map { entry in
            AuditRow(
                sequence: format.integer(Int(entry.sequence)), time: entry.time,
                action: input.text("audit_action_\(entry.action.rawValue)"),
                outcome: input.text("audit_outcome_\(entry.outcome.rawValue)"), user: entry.user ?? "—",
                product: entry.product ?? "—",
                detail: entry.detail)
        }
        return PageContent(
            template: "data", titleKey: "data_title",
            body: Body(
                available: true, products: rows, hasProducts: !rows.isEmpty, audit: audit, hasAudit: !audit.isEmpty,
                mayReadAudit: mayReadAudit))
    }
}
