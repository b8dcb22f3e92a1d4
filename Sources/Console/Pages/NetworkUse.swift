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
        agreements.filter { !$0.clauses.networkShares.isEmpty }.map { agreement in
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
            return Table(agreement: agreement.title, rows: rows, hasSchedule: !own.isEmpty, chart: nil)
        }
    }
}
