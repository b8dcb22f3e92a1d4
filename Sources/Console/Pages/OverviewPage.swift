import Consortium
import Orbits
import Scheduling
import Storage

/// The overview: the partners, the agreements in force that the viewer is a party of, this
/// week's network use per partner against its entitlement, the newest records, the newest data
/// products and the open conjunction events (`OverviewPage+Activity`).
enum OverviewPage {
    struct PartnerRow: Sendable {
        var shortName: String
        var name: String
        var kind: String
        var country: String
        var isOwn: Bool
    }

    struct AgreementRow: Sendable {
        var id: String
        var title: String
        var kind: String
        var parties: String
        var effective: String
        var expires: String?
    }

    struct NewestRow: Sendable {
        var kind: String
        var name: String
        var updated: String
    }

    struct Body: Sendable {
        var partners: [PartnerRow]
        var agreements: [AgreementRow]
        var networkUse: [NetworkUse.Table]
        var hasNetworkUse: Bool
        var weekLabel: String
        var newest: [NewestRow]
        var products: [ProductRow]
        var hasProducts: Bool
        var events: [EventRow]
        var hasEvents: Bool
        var counts: String
    }

    /// How many records the "newest" list shows.
    static let newestCount = 8

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        let viewer = input.viewer
        let repository = input.repository
        let today = Day(input.now)
        let partners = try await viewer.visible(Partner.self, in: repository)
        let names = PartnerNames(partners.map(\.value))
        let agreements = try await viewer.visible(Agreement.self, in: repository)
        let missions = try await viewer.visible(Mission.self, in: repository)
        let spacecraft = try await viewer.visible(Spacecraft.self, in: repository)
        let stations = try await viewer.visible(Station.self, in: repository)
        let inForce = agreements.map(\.value).filter { $0.isInForce(on: today) }

        let week = NetworkUse.week(containing: today)
        let schedules = try await VisibleSchedules.load(
            viewer, repository: repository, overlapping: week, cache: input.scheduleViews)
        let use = NetworkUse.tables(
            agreements: inForce, schedules: schedules, names: names, viewer: viewer, input: input)

        var newest: [(updated: Instant, row: NewestRow)] = []
        func add<E: Entity>(_ records: [Stored<E>], kind: String, name: (E) -> String) {
            for record in records {
                newest.append(
                    (
                        record.updatedAt,
                        NewestRow(
                            kind: input.text(kind), name: name(record.value),
                            updated: input.format.dateTime(record.updatedAt))
                    ))
            }
        }
        add(agreements, kind: "kind_agreement") { $0.title }
        add(missions, kind: "kind_mission") { $0.name }
        add(spacecraft, kind: "kind_spacecraft") { $0.name }
        add(stations, kind: "kind_station") { $0.name }
        let newestRows = newest.sorted { $0.updated > $1.updated }.prefix(newestCount).map(\.row)
        let products = try await newestProducts(input, names: names)
        let events = try await openEvents(input)

        let body = Body(
            partners: partners.map(\.value).map {
                PartnerRow(
                    shortName: $0.shortName, name: $0.name, kind: input.text("partner_kind_\($0.kind.rawValue)"),
                    country: $0.country.rawValue, isOwn: viewer.isOwn($0.id))
            },
            agreements: inForce.map { agreement in
                AgreementRow(
                    id: agreement.id.rawValue, title: agreement.title,
                    kind: input.text("agreement_kind_\(agreement.kind.rawValue)"),
                    parties: agreement.activeParties(on: today).map { names[$0] }.joined(separator: ", "),
                    effective: input.format.day(agreement.effective), expires: agreement.expires.map(input.format.day))
            },
            networkUse: use, hasNetworkUse: !use.isEmpty,
            weekLabel: input.text(
                "overview_week",
                ["start": input.format.day(Day(week.start)), "end": input.format.day(Day(week.end).adding(days: -1))]),
            newest: Array(newestRows), products: products, hasProducts: !products.isEmpty, events: events,
            hasEvents: !events.isEmpty,
            counts: input.text(
                "overview_counts",
                [
                    "partners": input.format.integer(partners.count),
                    "spacecraft": input.format.integer(spacecraft.count),
                    "stations": input.format.integer(stations.count), "missions": input.format.integer(missions.count),
                ]))
        return PageContent(template: "overview", titleKey: "overview_title", body: body)
    }
}
