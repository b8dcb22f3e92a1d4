import Foundation
import Scheduling

/// The text summary of a schedule's metrics that `concord schedule` prints: served time, each
/// partner's received share against its entitlement and guarantee, fairness and unsatisfied
/// fractions.
struct MetricsReport {
    /// The metrics summarised.
    var metrics: ScheduleMetrics

    /// The summary; with `result`, the solver's bound and time too.
    func text(result: SchedulerResult? = nil) -> String {
        var lines: [String] = []
        lines.append(
            "served \(hours(metrics.servedSeconds)) h in \(metrics.contactCount) contacts "
                + "(wanted \(hours(metrics.wantedSeconds)) h; priority-weighted \(hours(metrics.weightedServedSeconds)) h)"
        )
        if let result {
            var solver = "solver: \(fixed(result.elapsedSeconds, 1)) s, \(result.candidateCount) candidates"
            if let bound = result.upperBoundSeconds, bound > 0 {
                let gap = max(0, 1 - metrics.weightedServedSeconds / bound)
                solver += ", bound \(hours(bound)) h (gap \(percent(gap)))"
            }
            solver += ", price of fairness \(percent(result.priceOfFairness))"
            lines.append(solver)
            if let floor = result.floorUnsatisfied {
                let held = result.floorHolds.map { $0 ? "held" : "NOT held" } ?? "not checked"
                lines.append(
                    "mission floor: U = \(fixed(floor, 3)) (every mission ≥ min((1 − U) × wanted, alone)), \(held)")
            }
        }
        let header = [
            "partner", "entitled", "received", "served_h", "wanted_h", "guarantee_h", "shortfall", "unsatisfied",
        ]
        var rows = [header]
        for partner in metrics.partners {
            rows.append([
                partner.id, percent(partner.share), percent(partner.receivedShare), hours(partner.servedSeconds),
                hours(partner.wantedSeconds), hours(partner.guaranteeSeconds), percent(partner.shortfall),
                percent(partner.unsatisfied),
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }
            lines.append(cells.joined(separator: "  "))
        }
        lines.append(
            "fairness: guarantee \(metrics.guaranteeHolds ? "holds" : "does not hold") at "
                + "\(percent(metrics.tolerance)) tolerance; worst shortfall \(percent(metrics.maxShortfall)); "
                + "Jain \(fixed(metrics.jainIndex, 3))")
        lines.append(
            "unsatisfied: partners U_MAX \(fixed(metrics.partnerUMax, 3)) U_RMS \(fixed(metrics.partnerURMS, 3)); "
                + "missions U_MAX \(fixed(metrics.missionUMax, 3)) U_RMS \(fixed(metrics.missionURMS, 3))")
        return lines.joined(separator: "\n") + "\n"
    }

    func hours(_ seconds: Double) -> String { fixed(seconds / 3600, 3) }
    func percent(_ fraction: Double) -> String { fixed(fraction * 100, 1) + "%" }
    func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
