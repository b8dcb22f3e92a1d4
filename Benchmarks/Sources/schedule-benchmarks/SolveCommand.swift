import Dispatch
import Foundation
import Scheduling

/// `solve PROBLEM`: runs the scheduler on a problem file, checks the schedule with the
/// validator, writes the schedule (`--out`) and prints one JSON line of results.
///
/// Options: `--time S` (default 10), `--epochs N`, `--seed N`, `--threads N`, `--throughput`
/// (no fairness), `--alone FILE` (each partner's alone time, seconds, as a JSON array, e.g.
/// from the exact solver), `--cpu` (the time limit counts CPU time per thread, for runs on a
/// loaded machine), `--floor U` or `--floor auto` (a mission floor, `MissionFloor`: every
/// mission at least `min((1 − U) × wanted, alone)`, U given or the smallest the solver holds),
/// `--floor-margin M` (with `--floor auto`, settle at the smallest U found plus M:
/// `MissionFloor.margin`, 0.01 by default), `--no-shift` (the final contacts stretched only, not slid: `SchedulerOptions.shiftsContacts`),
/// `--no-finer-grid` (under a floor, settle over the search's own candidates:
/// `SchedulerOptions.settlesOnFinerGrid`), `--exact-windows F` (the last share F of the time
/// re-chooses each day window exactly: `SchedulerOptions.exactWindowShare`, with `cbc` from
/// PATH).
struct SolveCommand {
    let arguments: Arguments

    func run() throws {
        guard let path = arguments.positional.first else { throw Failure(description: "solve needs a problem file") }
        let started = DispatchTime.now().uptimeNanoseconds
        let problem = try ScheduleProblem.decode(Data(contentsOf: URL(fileURLWithPath: path))).resolvingViewPeriods()
        let compiled = try CompiledProblem(problem)
        let readSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var options = SchedulerOptions(
            seed: UInt64(arguments.number("--seed", 1)), timeLimitSeconds: arguments.number("--time", 10),
            threads: Int(arguments.number("--threads", 2)), enforceFairness: !arguments.flag("--throughput"))
        options.cpuBudget = arguments.flag("--cpu")
        options.refineEvery = Int(arguments.number("--refine-every", Double(options.refineEvery)))
        options.shiftsContacts = !arguments.flag("--no-shift")
        options.settlesOnFinerGrid = !arguments.flag("--no-finer-grid")
        options.exactWindowShare = arguments.number("--exact-windows", 0)
        if options.exactWindowShare > 0 {
            guard let solver = CBCSolver.onPath() else {
                throw Failure(description: "--exact-windows needs COIN-OR CBC's cbc on PATH (Debian: coinor-cbc)")
            }
            options.windowSolver = solver
        }
        if let epochs = arguments.string("--epochs").flatMap(Int.init) {
            options.epochs = epochs
            options.timeLimitSeconds = arguments.string("--time").flatMap(Double.init)
        }
        if let alone = arguments.string("--alone") {
            options.aloneSeconds = try JSONDecoder().decode(
                [Double].self, from: Data(contentsOf: URL(fileURLWithPath: alone)))
        }
        if let floor = arguments.string("--floor") {
            guard floor == "auto" || Double(floor) != nil else {
                throw Failure(description: "--floor takes an unsatisfied fraction or auto, not \(floor)")
            }
            options.missionFloor = MissionFloor(
                unsatisfied: Double(floor), margin: arguments.number("--floor-margin", MissionFloor().margin))
        }
        let result = Scheduler(problem: compiled, options: options).solve()
        let violations = ScheduleValidator(problem: problem).violations(of: result.schedule)
        if let out = arguments.string("--out") {
            try result.schedule.encoded(pretty: arguments.flag("--pretty")).write(to: URL(fileURLWithPath: out))
        }
        let metrics = result.metrics
        var summary: [String: Any] = [
            "problem": problem.name ?? path,
            "requests": problem.requests.count,
            "candidates": result.candidateCount,
            "fairness": options.enforceFairness,
            "servedSeconds": metrics.servedSeconds,
            "constructionServedSeconds": result.constructionServedSeconds,
            "throughputServedSeconds": result.throughputServedSeconds,
            "contacts": metrics.contactCount,
            "solveSeconds": result.elapsedSeconds,
            "readSeconds": readSeconds,
            "epochs": result.epochs,
            "upperBoundSeconds": result.upperBoundSeconds ?? -1,
            "guideIterations": result.guideIterations,
            "moves": result.moves,
            "violations": violations.count,
            "maxShortfall": metrics.maxShortfall,
            "guaranteeHolds": metrics.guaranteeHolds,
            "jainIndex": metrics.jainIndex,
            "partnerUMax": metrics.partnerUMax,
            "partnerURMS": metrics.partnerURMS,
            "missionUMax": metrics.missionUMax,
            "missionURMS": metrics.missionURMS,
            "aloneSeconds": result.aloneSeconds,
            "partnerServedSeconds": metrics.partners.map(\.servedSeconds),
            "shares": metrics.partners.map(\.share),
        ]
        if let u = result.floorUnsatisfied {
            summary["floorUnsatisfied"] = u
            summary["floorHolds"] = result.floorHolds ?? false
            summary["floorSeconds"] = result.floorSeconds ?? []
            summary["missionAloneSeconds"] = result.missionAloneSeconds ?? []
        }
        let line = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
        print(String(decoding: line, as: UTF8.self))
        for violation in violations.prefix(10) { FileHandle.standardError.write(Data("\(violation)\n".utf8)) }
    }
}
