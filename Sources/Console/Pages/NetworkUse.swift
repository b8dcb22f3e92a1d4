import Charts
import Consortium
import Orbits
import Scheduling

/// This week's use of each pooled network per partner against its entitlement: the share in the
/// agreement's clauses, and the time the published schedules of the week gave each party.
///
/// Every party of an agreement sees every party's entitlement and received time (the terms of
/// the agreement, as in `PartnerScheduleView.metrics`), never another party's contacts.
enum NetworkUse {
    struct Row: Sendable {
        var partner: String
        var isOwn: Bool
        var entitlement: String
        var received: String
        var hours: String
        /// Entitlement and received share, percent (for the bar chart).
        var entitlementPercent: Double
        var receivedPercent: Double
    }

    struct Table: Sendable {
        var agreement: String
        var rows: [Row]
        var hasSchedule: Bool
        /// The bar chart (SVG), when the charts are available.
        var chart: String?
    }

    /// Monday 00:00 UTC of the week of `day` to the next Monday.
    static func week(containing day: Day) -> TimeSpan {
        let julianDayNumber = Int((day.start.julianDate + 0.5).rounded(.down))
        let monday = day.adding(days: -(julianDayNumber % 7))
        return TimeSpan(start: monday.start, end: monday.adding(days: 7).start)
    }

    /// One table per agreement in force with network shares.
    static func tables(
        agreements: [Agreement], schedules: VisibleSchedules, names: PartnerNames, viewer: Viewer, input: PageInput
    ) -> [Table] {
        agreements.filter { !$0.clauses.networkShares.isEmpty }.enumerated().map { index, agreement in
            let own = schedules.items.filter { $0.record.agreement == agreement.id }
            var served: [String: Double] = [:]
            for item in own {
                for partner in item.view.metrics.partners { served[partner.id, default: 0] += partner.servedSeconds }
            }
            let total = served.values.reduce(0, +)
            let rows = agreement.clauses.networkShares.map { share in
                let seconds = served[share.partner.rawValue] ?? 0
                let received = total > 0 ? 100 * seconds / total : 0
                return Row(
                    partner: names[share.partner], isOwn: viewer.isOwn(share.partner),
                    entitlement: input.format.number(share.percent) + " %",
                    received: own.isEmpty ? "—" : input.format.number(received) + " %",
                    hours: own.isEmpty ? "—" : input.format.number(seconds / 3600) + " h",
                    entitlementPercent: share.percent, receivedPercent: received)
            }
            return Table(
                agreement: agreement.title, rows: rows, hasSchedule: !own.isEmpty,
                chart: chart(rows, agreement: agreement, index: index, input: input))
        }
    }

    /// The bar chart of one table: each partner's received share against its entitlement.
    static func chart(_ rows: [Row], agreement: Agreement, index: Int, input: PageInput) -> String? {
        let entries = rows.enumerated().map { position, row in
            BarChartEntry(
                partner: ChartPartner(name: row.partner, index: position), received: row.receivedPercent / 100,
                entitlement: row.entitlementPercent / 100)
        }
        guard let chart = try? BarChart(entries: entries, width: 640, idPrefix: "use\(index)") else { return nil }
        let labels = BarChartLabels(
            title: input.text("chart_use_title", ["agreement": agreement.title]),
            description: input.text("chart_use_desc"), valueAxis: input.text("axis_share"),
            received: input.text("col_received"), entitlement: input.text("col_entitlement"))
        return chart.svg(labels: labels) { input.format.number($0 * 100, digits: 0) + " %" }
    }
}
