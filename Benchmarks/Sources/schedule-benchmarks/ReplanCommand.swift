import Dispatch
import Foundation
import Orbits
import Scheduling

/// `replan PROBLEM`: the re-planning benchmark. Solves the problem (the announced schedule),
/// then, `--now-hours` into the horizon, fails the busiest antenna of the next day for
/// `--outage-hours` with the first `--frozen-hours` frozen, and repairs the schedule four
/// ways: (a) a full re-solve from scratch, (b) the greedy repair (drop the dead contacts,
/// re-insert their requests greedily), (c) a warm start (the re-planner with no keep bonus and
/// the solve's budget), (d) the re-planner with each keep bonus of `--bonus` and
/// `--repair-time`. Prints one JSON line per method: moves, objective against the best of
/// them, frozen contacts moved, violations, wall and CPU time.
///
/// Options: `--time S` (the solves, default 10), `--repair-time S` (default 1), `--bonus
/// 0,60,300`, `--seed N`, `--threads N`, `--announced FILE` (reuse a schedule instead of
/// solving; `--alone FILE` then gives the alone times), `--out-announced FILE`, `--skip-full` (no
/// full re-solve: objectives against the greedy repair), `--cpu` (every budget on CPU time per
/// thread, `SchedulerOptions.cpuBudget`, for a loaded machine), `--floor U|auto` (solve with a
/// mission floor and make every repair hold it; `--floors FILE` gives the floors with
/// `--announced`), `--no-ejection` (no ejection chains).
struct ReplanCommand {
    let arguments: Arguments

    func run() throws {
        guard let path = arguments.positional.first else { throw Failure(description: "replan needs a problem file") }
        let problem = try ScheduleProblem.decode(Data(contentsOf: URL(fileURLWithPath: path))).resolvingViewPeriods()
        let compiled = try CompiledProblem(problem)
        let threads = Int(arguments.number("--threads", 2))
        var solveOptions = SchedulerOptions(
            seed: UInt64(arguments.number("--seed", 1)), timeLimitSeconds: arguments.number("--time", 10),
            threads: threads)
        let cpuBudget = arguments.flag("--cpu")
        solveOptions.cpuBudget = cpuBudget
        if let floor = arguments.string("--floor") {
            guard floor == "auto" || Double(floor) != nil else {
                throw Failure(description: "--floor takes an unsatisfied fraction or auto, not \(floor)")
            }
            solveOptions.missionFloor = MissionFloor(unsatisfied: Double(floor))
        }
        var floors: [String: Double]?
        let announced: Schedule
        var alone: [Double]?
        if let file = arguments.string("--announced") {
            announced = try Schedule.decode(Data(contentsOf: URL(fileURLWithPath: file)))
            if let aloneFile = arguments.string("--alone") {
                alone = try JSONDecoder().decode([Double].self, from: Data(contentsOf: URL(fileURLWithPath: aloneFile)))
            }
            if let floorFile = arguments.string("--floors") {
                floors = try JSONDecoder().decode(
                    [String: Double].self, from: Data(contentsOf: URL(fileURLWithPath: floorFile)))
            }
        } else {
            let solved = Scheduler(problem: compiled, options: solveOptions).solve()
            announced = solved.schedule
            alone = solved.aloneSeconds
            if let seconds = solved.floorSeconds {
                floors = Dictionary(uniqueKeysWithValues: zip(compiled.missions, seconds))
                // With a floor the run computes no partner alone times: the guarantee is reported
                // against wanted time and the repairs hold the floor instead.
                alone = nil
            }
            if let out = arguments.string("--out-announced") {
                try announced.encoded().write(to: URL(fileURLWithPath: out))
                try JSONEncoder().encode(solved.aloneSeconds).write(to: URL(fileURLWithPath: out + ".alone.json"))
                if let floors { try JSONEncoder().encode(floors).write(to: URL(fileURLWithPath: out + ".floors.json")) }
            }
        }
        let start = problem.horizon.start
        let now = start.adding(seconds: arguments.number("--now-hours", 24) * 3600)
        let frozenUntil = now.adding(seconds: arguments.number("--frozen-hours", 2) * 3600)
        let outageEnd = now.adding(seconds: arguments.number("--outage-hours", 24) * 3600)
        let antenna = busiestAntenna(announced, from: now, to: outageEnd)
        let changed = try problem.applying([.outage(antenna: antenna, span: TimeSpan(start: now, end: outageEnd))])
        let changedCompiled = try CompiledProblem(changed)
        let validator = ScheduleValidator(problem: changed)
        func report(
            _ method: String, _ schedule: Schedule, wall: Double, cpu: Double, extra: [String: Any] = [:]
        )
            -> [String: Any]
        {
            let metrics = ScheduleMetrics(problem: changedCompiled, schedule: schedule, aloneSeconds: alone)
            let changes = ScheduleChanges(announced: announced, revised: schedule)
            let revised = Set(schedule.contacts)
            let frozenMoved = announced.contacts.filter { contact in
                let setup = problem.antennas.first { $0.id == contact.resource }?.setupSeconds ?? 0
                guard contact.start.adding(seconds: -setup) < frozenUntil, !revised.contains(contact) else {
                    return false
                }
                return validator.violations(of: Schedule(contacts: [contact])).isEmpty
            }.count
            var line: [String: Any] = [
                "method": method, "moved": changes.moved, "kept": changes.kept.count, "shifted": changes.shifted.count,
                "reassigned": changes.reassigned.count, "removed": changes.removed.count, "added": changes.added.count,
                "servedSeconds": metrics.servedSeconds, "weightedSeconds": metrics.weightedServedSeconds,
                "guaranteeHolds": metrics.guaranteeHolds, "maxShortfall": metrics.maxShortfall,
                "frozenMoved": frozenMoved, "violations": validator.violations(of: schedule).count,
                "wallSeconds": wall, "cpuSeconds": cpu,
            ]
            if let floors {
                let compiledFloors = changedCompiled.missions.map { floors[$0] ?? 0 }
                var received = [Double](repeating: 0, count: changedCompiled.missions.count)
                var served: [String: Double] = [:]
                for contact in schedule.contacts { served[contact.request, default: 0] += contact.durationSeconds }
                for request in changedCompiled.requests {
                    received[request.mission] += min(served[request.id] ?? 0, Double(request.wantedMillis) / 1000)
                }
                line["floorShortMissions"] = received.indices.filter { received[$0] < compiledFloors[$0] - 0.001 }.count
                line["missionUMax"] = metrics.missionUMax
            }
            for (key, value) in extra { line[key] = value }
            return line
        }
        var lines: [[String: Any]] = []
        var (wall, cpu) = (clock(), CPUClock.now())
        if !arguments.flag("--skip-full") {
            let full = Scheduler(problem: changedCompiled, options: solveOptions).solve()
            lines.append(report("full re-solve", full.schedule, wall: clock() - wall, cpu: CPUClock.now() - cpu))
        }
        var reference = 0.0
        (wall, cpu) = (clock(), CPUClock.now())
        let greedy = Replanner(problem: changedCompiled, announced: announced, frozenUntil: frozenUntil).greedyRepair()
        lines.append(report("greedy repair", greedy.schedule, wall: clock() - wall, cpu: CPUClock.now() - cpu))
        lines.insert(
            [
                "method": "change", "antenna": antenna, "announcedContacts": announced.contacts.count,
                "invalidated": greedy.invalidated.count,
                "frozenInvalidated": greedy.invalidated.filter(\.frozen).count,
                "frozenContacts": greedy.frozenKept.count + greedy.frozenDropped.count,
            ], at: 0)
        if !arguments.flag("--skip-full") {
            // The strongest reference: the announced schedule warm-started with no keep bonus
            // and the solve's whole budget (frozen horizon kept).
            var options = ReplanOptions(
                keepBonusSeconds: 0, seed: UInt64(arguments.number("--seed", 1)),
                timeLimitSeconds: arguments.number("--time", 10), threads: threads, aloneSeconds: alone)
            options.cpuBudget = cpuBudget
            options.missionFloorSeconds = floors
            (wall, cpu) = (clock(), CPUClock.now())
            let warm = Replanner(
                problem: changedCompiled, announced: announced, frozenUntil: frozenUntil, options: options
            )
            .replan()
            lines.append(
                report(
                    "warm start (no bonus, solve budget)", warm.schedule, wall: clock() - wall,
                    cpu: CPUClock.now() - cpu, extra: ["epochs": warm.epochs]))
        }
        if !arguments.flag("--skip-full") {
            // A re-solve that respects the frozen horizon: everything after it rebuilt from
            // nothing (the re-planner given only the frozen contacts, no bonus, the solve's budget).
            let frozenOnly = Schedule(
                problem: announced.problem,
                contacts: announced.contacts.filter { contact in
                    let setup = problem.antennas.first { $0.id == contact.resource }?.setupSeconds ?? 0
                    return contact.start.adding(seconds: -setup) < frozenUntil
                })
            var options = ReplanOptions(
                keepBonusSeconds: 0, seed: UInt64(arguments.number("--seed", 1)),
                timeLimitSeconds: arguments.number("--time", 10), threads: threads, aloneSeconds: alone)
            options.cpuBudget = cpuBudget
            options.missionFloorSeconds = floors
            (wall, cpu) = (clock(), CPUClock.now())
            let rebuilt = Replanner(
                problem: changedCompiled, announced: frozenOnly, frozenUntil: frozenUntil, options: options
            ).replan()
            lines.append(
                report(
                    "re-solve after the frozen horizon", rebuilt.schedule, wall: clock() - wall,
                    cpu: CPUClock.now() - cpu, extra: ["epochs": rebuilt.epochs]))
        }
        // `--unfair-repair`: repairs that do not hold the guarantee (to see what it costs).
        let repairAlone = arguments.flag("--unfair-repair") ? nil : alone
        let bonuses = (arguments.string("--bonus") ?? "0,60,300").split(separator: ",").compactMap { Double($0) }
        for bonus in bonuses {
            var options = ReplanOptions(
                keepBonusSeconds: bonus, seed: UInt64(arguments.number("--seed", 1)),
                timeLimitSeconds: arguments.number("--repair-time", 1), threads: threads,
                aloneSeconds: repairAlone, relaxation: !arguments.flag("--no-relaxation"))
            options.cpuBudget = cpuBudget
            options.ejectionChains = !arguments.flag("--no-ejection")
            options.missionFloorSeconds = floors
            (wall, cpu) = (clock(), CPUClock.now())
            let result = Replanner(
                problem: changedCompiled, announced: announced, frozenUntil: frozenUntil, options: options
            ).replan()
            lines.append(
                report(
                    "replanner bonus \(Int(bonus))", result.schedule, wall: clock() - wall, cpu: CPUClock.now() - cpu,
                    extra: [
                        "epochs": result.epochs, "frozenDropped": result.frozenDropped.count,
                        "floorOutOfReach": result.floorShortfalls.filter { $0.reason == .outOfReach }.count,
                        "floorContested": result.floorShortfalls.filter { $0.reason == .contested }.count,
                        // The guarantee against the alone times the change leaves (what the
                        // repair holds); `guaranteeHolds` is against the announced run's.
                        "guaranteeHoldsAfterChange": result.aloneSeconds == nil
                            ? NSNull() : result.metrics.guaranteeHolds,
                    ]))
        }
        reference = lines.compactMap { $0["weightedSeconds"] as? Double }.max() ?? 1
        for var line in lines {
            if let weighted = line["weightedSeconds"] as? Double {
                line["objectiveVsBestPercent"] = (weighted - reference) / reference * 100
            }
            let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// The antenna with the most announced tracking time between `from` and `to`.
    func busiestAntenna(_ schedule: Schedule, from: Instant, to: Instant) -> String {
        var time: [String: Double] = [:]
        for contact in schedule.contacts where contact.start >= from && contact.start < to {
            time[contact.resource, default: 0] += contact.durationSeconds
        }
        return time.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? ""
    }

    /// Wall-clock seconds of uptime.
    func clock() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// Process CPU time, seconds (all threads).
enum CPUClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
