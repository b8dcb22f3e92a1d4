/// The outcome of a what-if comparison: each partner's served time, received share,
/// entitlement and shortfall under the base rules and under the scenario, with the
/// differences, and the totals.
public struct WhatIfReport: Sendable {
    /// One partner under both rules.
    public struct Row: Sendable, Hashable {
        /// The partner's id.
        public var partner: String
        /// Its outcome under the base rules.
        public var base: ScheduleMetrics.PartnerOutcome
        /// Its outcome under the scenario.
        public var scenario: ScheduleMetrics.PartnerOutcome

        /// Change in served (tracking) time, seconds.
        public var servedDeltaSeconds: Double { scenario.servedSeconds - base.servedSeconds }
        /// Change in its part of all time delivered.
        public var receivedShareDelta: Double { scenario.receivedShare - base.receivedShare }
        /// Change in its entitlement share.
        public var entitlementDelta: Double { scenario.share - base.share }
        /// Change in its guarantee, seconds.
        public var guaranteeDeltaSeconds: Double { scenario.guaranteeSeconds - base.guaranteeSeconds }
        /// Change in its shortfall from the guarantee (a fraction of the guarantee).
        public var shortfallDelta: Double { scenario.shortfall - base.shortfall }
    }

    /// The scenario compared.
    public var scenario: WhatIfScenario
    /// The problem under the scenario.
    public var scenarioProblem: ScheduleProblem
    /// The solver's run on the base problem.
    public var baseResult: SchedulerResult
    /// The solver's run under the scenario.
    public var scenarioResult: SchedulerResult

    /// One row per partner, in the problem's order.
    public var partners: [Row] {
        zip(baseResult.metrics.partners, scenarioResult.metrics.partners).map {
            Row(partner: $0.id, base: $0, scenario: $1)
        }
    }
    /// The base schedule's metrics (totals, U_MAX, Jain's index, whether the guarantee holds).
    public var base: ScheduleMetrics { baseResult.metrics }
    /// The scenario schedule's metrics.
    public var scenarioMetrics: ScheduleMetrics { scenarioResult.metrics }
    /// Change in total served time, seconds.
    public var servedDeltaSeconds: Double { scenarioMetrics.servedSeconds - base.servedSeconds }

    /// The comparison as a plain-text table, one line per partner then the totals (seconds
    /// and percentages).
    public var table: String {
        func pct(_ value: Double) -> String { String(Int((value * 1000).rounded())).paddedTenths + "%" }
        var lines = [
            "partner | served base (s) | served scenario (s) | Δ (s) | share received base → scenario | "
                + "entitlement base → scenario | shortfall base → scenario"
        ]
        for row in partners {
            lines.append(
                "\(row.partner) | \(Int(row.base.servedSeconds.rounded())) | \(Int(row.scenario.servedSeconds.rounded())) | "
                    + "\(Int(row.servedDeltaSeconds.rounded())) | \(pct(row.base.receivedShare)) → "
                    + "\(pct(row.scenario.receivedShare)) | \(pct(row.base.share)) → \(pct(row.scenario.share)) | "
                    + "\(pct(row.base.shortfall)) → \(pct(row.scenario.shortfall))")
        }
        lines.append(
            "total | \(Int(base.servedSeconds.rounded())) | \(Int(scenarioMetrics.servedSeconds.rounded())) | "
                + "\(Int(servedDeltaSeconds.rounded())) | guarantee holds: \(base.guaranteeHolds) → "
                + "\(scenarioMetrics.guaranteeHolds)")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Tenths as a decimal: "1234" → "123.4", "-5" → "-0.5".
    fileprivate var paddedTenths: String {
        let negative = hasPrefix("-")
        var digits = negative ? String(dropFirst()) : self
        while digits.count < 2 { digits = "0" + digits }
        return (negative ? "-" : "") + digits.dropLast() + "." + digits.suffix(1)
    }
}
