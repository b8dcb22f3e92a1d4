import Foundation
import Scheduling

// schedule-benchmarks: real-geometry scheduling instances and the solver on them, for the
// side-by-side comparison with the exact MILP (Benchmarks/scheduling/compare.py).
//
//   schedule-benchmarks generate --spacecraft N --antennas N --days N [--seed N] [--contacts 2-6]
//                                [--tolerance F] [--elevation DEG] --out FILE
//   schedule-benchmarks solve PROBLEM [--time S | --epochs N] [--seed N] [--threads N]
//                             [--throughput] [--alone FILE] [--out SCHEDULE]
//   schedule-benchmarks validate PROBLEM SCHEDULE
//   schedule-benchmarks replan PROBLEM [--time S] [--repair-time S] [--bonus 0,60,300] [--now-hours H]
//                              [--frozen-hours H] [--outage-hours H] [--announced FILE --alone FILE]
//   schedule-benchmarks whatif PROBLEM --withdraw PARTNER|largest | --equal-shares | --contribution-shares
//                              [--time S]

/// `"2-6"` as a range of contacts per day.
func contactRange(_ text: String) throws -> ClosedRange<Int> {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 2, parts[0] >= 1, parts[0] <= parts[1] else {
        throw Failure(description: "--contacts expects MIN-MAX, e.g. 2-6")
    }
    return parts[0]...parts[1]
}

let arguments = Arguments()
do {
    switch arguments.command {
    case "generate":
        let generator = InstanceGenerator(
            spacecraft: Int(arguments.number("--spacecraft", 50)), antennas: Int(arguments.number("--antennas", 10)),
            days: Int(arguments.number("--days", 1)), seed: UInt64(arguments.number("--seed", 1)),
            contactsPerDay: try contactRange(arguments.string("--contacts") ?? "2-6"),
            tolerance: arguments.number("--tolerance", ScheduleProblem.defaultFairnessTolerance),
            minimumElevation: arguments.number("--elevation", 10))
        let problem = try generator.make()
        guard let out = arguments.string("--out") else { throw Failure(description: "generate needs --out FILE") }
        try problem.encoded(pretty: arguments.flag("--pretty")).write(to: URL(fileURLWithPath: out))
        let periods = problem.viewPeriods.reduce(0) { $0 + $1.periods.count }
        print(
            "{\"requests\": \(problem.requests.count), \"viewPeriods\": \(periods), \"partners\": \(problem.partners.count)}"
        )
    case "solve":
        try SolveCommand(arguments: arguments).run()
    case "replan":
        try ReplanCommand(arguments: arguments).run()
    case "whatif":
        try WhatIfCommand(arguments: arguments).run()
    case "validate":
        let files = arguments.positional
        guard files.count == 2 else { throw Failure(description: "validate needs PROBLEM SCHEDULE") }
        let problem = try ScheduleProblem.decode(Data(contentsOf: URL(fileURLWithPath: files[0])))
        let schedule = try Schedule.decode(Data(contentsOf: URL(fileURLWithPath: files[1])))
        let violations = ScheduleValidator(problem: problem).violations(of: schedule)
        for violation in violations { print(violation) }
        print("\(violations.count) violations in \(schedule.contacts.count) contacts")
        if !violations.isEmpty { exit(1) }
    case "shift":
        // shift PROBLEM SCHEDULE [--out FILE]: the schedule slid and lengthened (`Schedule.shifted`),
        // validated, with served hours and U_MAX before and after (one JSON line).
        let files = arguments.positional
        guard files.count == 2 else { throw Failure(description: "shift needs PROBLEM SCHEDULE") }
        let problem = try ScheduleProblem.decode(Data(contentsOf: URL(fileURLWithPath: files[0])))
            .resolvingViewPeriods()
        let compiled = try CompiledProblem(problem)
        let schedule = try Schedule.decode(Data(contentsOf: URL(fileURLWithPath: files[1])))
        let shifted = schedule.shifted(in: compiled)
        if let out = arguments.string("--out") { try shifted.encoded().write(to: URL(fileURLWithPath: out)) }
        let before = ScheduleMetrics(problem: compiled, schedule: schedule)
        let after = ScheduleMetrics(problem: compiled, schedule: shifted)
        let violations = ScheduleValidator(problem: problem).violations(of: shifted)
        for violation in violations.prefix(5) { print(violation) }
        print(
            "{\"servedHoursBefore\": \(before.servedSeconds / 3600), \"servedHoursAfter\": \(after.servedSeconds / 3600), "
                + "\"missionUMaxBefore\": \(before.missionUMax), \"missionUMaxAfter\": \(after.missionUMax), "
                + "\"missionURMSBefore\": \(before.missionURMS), \"missionURMSAfter\": \(after.missionURMS), "
                + "\"violations\": \(violations.count)}")
        if !violations.isEmpty { exit(1) }
    default:
        throw Failure(
            description: "usage: schedule-benchmarks generate|solve|validate|replan|whatif|shift … (see main.swift)")
    }
} catch {
    FileHandle.standardError.write(Data("schedule-benchmarks: \(error)\n".utf8))
    exit(1)
}
