/// What-if analysis: the same problem solved under the rules as they are and under a
/// scenario (other shares, a partner's antennas withdrawn), and the difference in what every
/// partner gets.
public enum WhatIf {
    /// Solves `base` and `base` under `scenario` with the same options, and compares them
    /// partner by partner. View periods are resolved from TLEs first where the problem lists
    /// none, so both runs see the same passes.
    /// - Throws: `SchedulingError` from the problem, the scenario or compiling either.
    public static func compare(
        base: ScheduleProblem, scenario: WhatIfScenario, options: SchedulerOptions = SchedulerOptions()
    ) throws(SchedulingError) -> WhatIfReport {
        let resolved = try base.resolvingViewPeriods()
        let changed = try resolved.applying(scenario)
        let baseProblem = try CompiledProblem(resolved)
        let scenarioProblem = try CompiledProblem(changed)
        let baseResult = Scheduler(problem: baseProblem, options: options).solve()
        let scenarioResult = Scheduler(problem: scenarioProblem, options: options).solve()
        return WhatIfReport(
            scenario: scenario, scenarioProblem: changed, baseResult: baseResult, scenarioResult: scenarioResult)
    }
}
