import ArgumentParser
import Consortium
import Foundation
import GroundNetwork
import Logging
import Orbits
import Scheduling
import Storage

/// `concord schedule [solve]`: solves a problem file, or the problem built from the database for
/// a span, and prints the metrics.
struct ScheduleSolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a scheduling problem (--problem FILE, or --from/--to from the database).",
        discussion: """
            The summary (served time, each partner's share against its entitlement, shortfall, \
            Jain's index, U_MAX/U_RMS) goes to standard output; the schedule is written with \
            --output FILE (--output - for standard output, the summary then going to standard \
            error). From the database, the problem follows the one agreement in force on --from \
            that pools stations (--agreement when several do); spacecraft without requests get \
            a default request for every full pass (docs/scheduling.md, "In the platform").
            """)

    @Option(help: ArgumentHelp("A problem file (concord-schedule-problem JSON).", valueName: "file"))
    var problem: String?

    @Option(help: ArgumentHelp("Start of the span to schedule from the database, UTC.", valueName: "time"))
    var from: UTCTime?

    @Option(help: ArgumentHelp("End of the span, UTC.", valueName: "time"))
    var to: UTCTime?

    @Option(help: ArgumentHelp("The network agreement, when several pool stations.", valueName: "id"))
    var agreement: String?

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .customLong("setup"),
        help: ArgumentHelp("With --from: antenna setup before each contact, s.", valueName: "s"))
    var setupSeconds: Double = 0

    @Option(
        name: .customLong("teardown"),
        help: ArgumentHelp("With --from: antenna teardown after each contact, s.", valueName: "s"))
    var teardownSeconds: Double = 0

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("The solver's budget, seconds.", valueName: "s"))
    var timeLimit: Double = 10

    @Option(help: "The solver's seed.")
    var seed: UInt64 = 1

    @Option(help: "Search chains (threads).")
    var threads: Int = 2

    @Flag(name: .customLong("no-fairness"), help: "Maximise served time alone (no entitlement guarantee).")
    var noFairness = false

    @Option(
        name: .customLong("mission-floor"),
        help: ArgumentHelp(
            "Hold every mission at least min((1 - U) x wanted, alone) instead of the partners' guarantee: "
                + "U as a fraction 0...1, or 'auto' for the smallest U the solver can hold (deep-space weeks).",
            valueName: "U|auto"))
    var missionFloor: String?

    @Option(
        name: .customLong("exact-windows"),
        help: ArgumentHelp(
            "Keep this share of the time limit (0...0.9) to re-choose each day of the schedule exactly with "
                + "COIN-OR CBC ('cbc' on PATH; Debian: coinor-cbc). With --mission-floor or --no-fairness.",
            valueName: "share"))
    var exactWindows: Double?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the schedule here ('-': stdout).", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "The schedule's format: json, csv, ical (RFC 5545 calendar) or ssf (CCSDS 902.1 Simple Schedule).",
            valueName: "format"))
    var format = ScheduleExportFormat.json

    @Option(help: ArgumentHelp("Write only this partner's contacts (a partner's calendar).", valueName: "id"))
    var partner: String?

    @Option(
        name: .customLong("save-problem"),
        help: ArgumentHelp("Also write the problem solved (view periods included) here.", valueName: "file"))
    var saveProblem: String?

    func validate() throws {
        if problem != nil {
            guard from == nil, to == nil, agreement == nil else {
                throw ValidationError("give --problem, or --from and --to, not both.")
            }
        } else {
            guard let from, let to else { throw ValidationError("give --problem FILE, or --from T --to T.") }
            guard to.instant > from.instant else {
                throw ValidationError("--from \(from.instant) must be before --to \(to.instant).")
            }
        }
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive.") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1.") }
        if let exactWindows {
            guard exactWindows > 0, exactWindows <= 0.9 else {
                throw ValidationError("--exact-windows must be a share above 0 and at most 0.9, not \(exactWindows).")
            }
            guard missionFloor != nil || noFairness else {
                throw ValidationError("--exact-windows needs --mission-floor or --no-fairness.")
            }
            guard CBCSolver.onPath() != nil else {
                throw ValidationError(
                    "--exact-windows needs COIN-OR CBC: no 'cbc' on PATH (Debian: apt-get install coinor-cbc).")
            }
        }
        guard setupSeconds >= 0, teardownSeconds >= 0 else {
            throw ValidationError("--setup and --teardown must not be negative.")
        }
    }

    func run() async throws {
        let solved = try await loadProblem()
        if let saveProblem {
            try ScheduleInputs.write(try solved.encoded(pretty: true), to: saveProblem)
        }
        let compiled: CompiledProblem
        do {
            compiled = try CompiledProblem(solved)
        } catch {
            throw CommandError(.invalidContent, file: problem, "\(error)")
        }
        var options = SchedulerOptions(
            seed: seed, timeLimitSeconds: timeLimit, threads: threads, enforceFairness: !noFairness)
        if let missionFloor {
            if missionFloor == "auto" {
                options.missionFloor = MissionFloor()
            } else if let u = Double(missionFloor), u >= 0, u <= 1 {
                options.missionFloor = MissionFloor(unsatisfied: u)
            } else {
                throw ValidationError(
                    "--mission-floor must be 'auto' or a fraction between 0 and 1, not '\(missionFloor)'")
            }
        }
        if let exactWindows {
            options.exactWindowShare = exactWindows
            options.windowSolver = CBCSolver.onPath()
        }
        let result = Scheduler(problem: compiled, options: options).solve()
        if let output {
            var schedule = result.schedule
            if !noFairness || options.missionFloor != nil {
                // What `concord schedule replan` must hold again after a change.
                schedule.fairness = FairnessBasis(result: result, problem: compiled)
            }
            let export = ScheduleExport(
                schedule: schedule, problem: solved, options: ScheduleExportOptions(generatedAt: .now))
            do {
                try ScheduleInputs.write(Data(try export.render(format, partner: partner).utf8), to: output)
            } catch let error as SchedulingError {
                throw CommandError(.invalidContent, file: problem, "--partner: \(error)")
            }
        }
        let report = MetricsReport(metrics: result.metrics).text(result: result)
        if output == "-" {
            FileHandle.standardError.write(Data(report.utf8))
        } else {
            print(report, terminator: "")
        }
    }

    /// The problem of the file (view periods computed where missing) or of the database.
    func loadProblem() async throws -> ScheduleProblem {
        if let problem {
            do {
                return try ScheduleProblem.decode(try InputFile.data(problem)).resolvingViewPeriods(threads: threads)
            } catch let error as CommandError {
                throw error
            } catch {
                throw CommandError(.invalidContent, file: problem, "\(error)")
            }
        }
        guard let from, let to else { throw ValidationError("give --problem FILE, or --from T --to T.") }
        var agreementID: Agreement.ID?
        if let agreement {
            guard let id = Agreement.ID(rawValue: agreement) else {
                throw ValidationError("--agreement: '\(agreement)' is not an agreement id.")
            }
            agreementID = id
        }
        let repository = try await database.open(logger: Logger(label: "concord.schedule"))
        let builder: NetworkProblemBuilder
        do {
            builder = try await Self.builder(
                repository, span: TimeSpan(start: from.instant, end: to.instant),
                options: NetworkProblemBuilder.Options(setupSeconds: setupSeconds, teardownSeconds: teardownSeconds))
        } catch {
            await repository.shutdown()
            throw CommandError(.unreadableFile, file: database.databaseText, "\(error)")
        }
        await repository.shutdown()
        do {
            let network = try builder.build(
                span: TimeSpan(start: from.instant, end: to.instant), agreement: agreementID)
            Diagnostics.warn(network.notes)
            return network.problem
        } catch {
            throw CommandError(.invalidContent, file: database.databaseText, "\(error)")
        }
    }

    /// A builder over the registry and the requests overlapping `span` in `repository`.
    static func builder(
        _ repository: SQLRepository, span: TimeSpan, options: NetworkProblemBuilder.Options
    ) async throws -> NetworkProblemBuilder {
        let registry = RegistrySnapshot(
            partners: try await repository.all(Partner.self).map(\.value),
            stations: try await repository.all(Station.self).map(\.value),
            spacecraft: try await repository.all(Spacecraft.self).map(\.value),
            agreements: try await repository.all(Agreement.self).map(\.value))
        var requests: [ScheduleRequest] = []
        var page = PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let result = try await repository.scheduleRequests(
                partners: nil, spacecraft: nil, overlapping: span, page: page)
            requests += result.items.map(\.request)
            guard let next = result.nextCursor else { break }
            page.after = next
        }
        return NetworkProblemBuilder(registry: registry, requests: requests, options: options)
    }
}
