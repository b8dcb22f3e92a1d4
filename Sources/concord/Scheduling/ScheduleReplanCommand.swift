import ArgumentParser
import Foundation
import Orbits
import Scheduling

/// `concord schedule replan`: repairs an announced schedule after antennas fail, with as few
/// changes to announced contacts as it can and nothing moved before the frozen horizon.
struct ScheduleReplanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Repair an announced schedule after an antenna outage (docs/scheduling.md, Re-planning).",
        discussion: """
            Contacts whose setup starts before --frozen-until stay exactly as announced (dropped, \
            never moved, if the outage kills them). When the announced schedule records what it was \
            solved to hold (its "fairness" object, written by `concord schedule solve`), the repair \
            holds the same: each partner's entitlement guarantee against the same alone times and, \
            if it was solved with --mission-floor, every mission's floor. Prints what changed: \
            contacts kept, shifted, reassigned, removed and added, the missions left below their \
            floor and why, and the metrics of the revised schedule.
            """)

    @Option(help: ArgumentHelp("The problem file (concord-schedule-problem JSON).", valueName: "file"))
    var problem: String

    @Option(help: ArgumentHelp("The announced schedule (concord-schedule JSON).", valueName: "file"))
    var announced: String

    @Option(
        help: ArgumentHelp(
            "An antenna out of service, ANTENNA@FROM/TO (repeatable).", valueName: "antenna@from/to"))
    var outage: [OutageArgument] = []

    @Option(
        name: .customLong("frozen-until"),
        help: ArgumentHelp("Contacts starting before this never move (default: none frozen).", valueName: "time"))
    var frozenUntil: UTCTime?

    @Option(
        name: .customLong("keep-bonus"),
        help: ArgumentHelp("The worth of keeping an announced contact, seconds of contact time.", valueName: "s"))
    var keepBonus: Double = 120

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("The search budget, seconds.", valueName: "s"))
    var timeLimit: Double = 1

    @Option(help: "The solver's seed.")
    var seed: UInt64 = 1

    @Flag(
        name: .customLong("no-fairness"),
        help: "Ignore the announced schedule's guarantee and floors: keep contacts and served time only.")
    var noFairness = false

    @Option(
        name: [.short, .long], help: ArgumentHelp("Write the revised schedule here ('-': stdout).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The revised schedule's format: json, csv, ical or ssf.", valueName: "format"))
    var format = ScheduleExportFormat.json

    func validate() throws {
        guard !outage.isEmpty else { throw ValidationError("give at least one --outage ANTENNA@FROM/TO.") }
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive.") }
        guard keepBonus >= 0, keepBonus.isFinite else { throw ValidationError("--keep-bonus must not be negative.") }
    }

    func run() throws {
        let original = try ScheduleInputs.problem(problem)
        let schedule = try ScheduleInputs.schedule(announced)
        let changed: ScheduleProblem
        let compiled: CompiledProblem
        do {
            changed = try original.applying(outage.map(\.change))
            compiled = try CompiledProblem(changed)
        } catch {
            throw CommandError(.invalidContent, file: problem, "--outage: \(error)")
        }
        var options = ReplanOptions(keepBonusSeconds: keepBonus, seed: seed, timeLimitSeconds: timeLimit)
        let basis = noFairness ? nil : schedule.fairness
        if let basis {
            do {
                options.aloneSeconds = try basis.aloneSeconds(for: compiled)
            } catch {
                throw CommandError(.invalidContent, file: announced, "\(error)")
            }
            options.missionFloorSeconds = basis.missionFloorSeconds
        }
        let frozen = frozenUntil?.instant ?? changed.horizon.start
        let result = Replanner(problem: compiled, announced: schedule, frozenUntil: frozen, options: options).replan()
        if let output {
            var revised = result.schedule
            revised.fairness = basis.map { FairnessBasis(repair: result, announced: $0, problem: compiled) }
            let export = ScheduleExport(
                schedule: revised, problem: changed, options: ScheduleExportOptions(generatedAt: .now))
            try ScheduleInputs.write(Data(try export.render(format).utf8), to: output)
        }
        let changes = result.changes
        var report = """
            announced \(schedule.contacts.count) contacts: kept \(changes.kept.count), shifted \(changes.shifted.count), \
            reassigned \(changes.reassigned.count), removed \(changes.removed.count), added \(changes.added.count)
            moved \(result.moved) (\(result.invalidated.count) invalidated by the change, \
            \(result.discretionaryMoves) by choice); frozen kept \(result.frozenKept.count), \
            dropped \(result.frozenDropped.count)

            """
        report += Self.floorLines(result, basis: basis)
        report += MetricsReport(metrics: result.metrics).text()
        if output == "-" {
            FileHandle.standardError.write(Data(report.utf8))
        } else {
            print(report, terminator: "")
        }
    }

    /// The mission-floor lines of the report: whether the floors held and every mission left
    /// short, with its reason; nothing when the schedule had no floors.
    static func floorLines(_ result: ReplanResult, basis: FairnessBasis?) -> String {
        guard let floors = basis?.missionFloorSeconds, let holds = result.floorHolds else { return "" }
        let unsatisfied = basis?.missionFloorUnsatisfied.map { " (U = \(String(format: "%.3f", $0)))" } ?? ""
        let missions = floors.count == 1 ? "1 mission" : "\(floors.count) missions"
        var text = "mission floors\(unsatisfied) for \(missions): \(holds ? "held" : "NOT held")\n"
        for short in result.floorShortfalls {
            let reason = short.reason == .outOfReach ? "out of reach" : "contested"
            let hours = { (seconds: Double) in String(format: "%.3f h", seconds / 3600) }
            text +=
                "  mission \(short.mission) below its floor: \(hours(short.receivedSeconds)) of "
                + "\(hours(short.floorSeconds)) (at most \(hours(short.reachableSeconds)) within reach, \(reason))\n"
        }
        return text
    }
}
