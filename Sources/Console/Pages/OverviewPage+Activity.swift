import Consortium
import Foundation
import Orbits
import SpaceSafety
import Storage

/// The overview's activity cards: the newest data products the viewer may access now, and the
/// open conjunction events of the viewer's spacecraft. Both use the API's scopes
/// (`ProductScope`, `ConjunctionScope.partner`), as the Data and Conjunctions pages do.
extension OverviewPage {
    struct ProductRow: Sendable {
        var id: String
        var type: String
        var producer: String
        var uploaded: String
        var embargo: String
        var isOwn: Bool
    }

    struct EventRow: Sendable {
        var title: String
        var tca: String
        var miss: String
        var link: String
    }

    /// How many products and events the overview lists.
    static let activityCount = 5

    /// The newest products (by upload) the viewer may access at `input.now`; none without a
    /// product store. Pages through every visible product (ids sort by upload time, ascending).
    static func newestProducts(_ input: PageInput, names: PartnerNames) async throws -> [ProductRow] {
        guard let catalog = input.repository as? any ProductCatalog else { return [] }
        let agreements = try await input.repository.all(Agreement.self).map(\.value)
        let scope = ProductScope(principal: input.viewer.principal, at: input.now, agreements: agreements)
        var newest: [DataProduct] = []
        var after: String?
        repeat {
            let page = try await catalog.products(
                scope: scope, filter: ProductFilter(), page: PageRequest(limit: PageRequest.maximumLimit, after: after))
            newest = Array((newest + page.items).sorted { $0.uploadedAt > $1.uploadedAt }.prefix(activityCount))
            after = page.nextCursor
        } while after != nil
        return newest.map { product in
            ProductRow(
                id: product.id.rawValue, type: product.metadata.productType, producer: names[product.producer],
                uploaded: input.format.dateTime(product.uploadedAt),
                embargo: product.policy.isReleased(at: input.now)
                    ? input.text("data_released") : input.format.dateTime(product.policy.embargoEnd),
                isOwn: input.viewer.isOwn(product.producer))
        }
    }

    /// The events of the viewer's spacecraft (every event for consortium administrators) whose
    /// latest TCA is still to come, nearest first.
    static func openEvents(_ input: PageInput) async throws -> [EventRow] {
        let page = try await input.repository.conjunctionEvents(
            scope: ConjunctionsPage.scope(of: input.viewer), filter: ConjunctionFilter(),
            page: PageRequest(limit: ConjunctionsPage.maximumEvents))
        let open = page.items.filter { !($0.latest.tca < input.now) }.sorted { $0.latest.tca < $1.latest.tca }
        return open.prefix(activityCount).map { event in
            let id = event.id.addingPercentEncoding(withAllowedCharacters: ConjunctionsPage.idCharacters) ?? ""
            return EventRow(
                title: "\(event.primary.name) (\(event.primary.noradID)) – \(event.secondary.name) "
                    + "(\(event.secondary.noradID))",
                tca: input.format.dateTime(event.latest.tca),
                miss: input.format.number(event.latest.missDistanceKm, digits: 3) + " km",
                link: "/console/conjunctions?event=\(id)#event")
        }
    }
}
