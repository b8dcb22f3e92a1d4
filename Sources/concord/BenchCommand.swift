import ArgumentParser
import Orbits

/// `concord bench`: throughput of the orbit engine on the fixed workloads of
/// docs/benchmarks.md, read from the shared catalog.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure SGP4 and pass-prediction throughput on the shared catalog.",
        discussion: """
            Reads ../shared/data beside the repository (or --data, or CONCORD_SHARED_DATA). CPU \
            time is the process's (clock_gettime(CLOCK_PROCESS_CPUTIME_ID), all threads): per-core \
            rates divide the work by it, so they do not depend on other jobs on the machine; wall \
            time is printed too. Build with -c release for meaningful numbers.
            """,
        subcommands: [BenchSGP4Command.self, BenchPassesCommand.self])
}

/// The options every benchmark shares.
struct BenchOptions: ParsableArguments {
    @Option(help: "Worker threads of the parallel runs (default: every core).")
    var threads: Int?

    @Option(
        help: ArgumentHelp(
            "Shared data folder (default: ../shared/data beside the repository, or $CONCORD_SHARED_DATA).",
            valueName: "dir"))
    var data: String?

    @Option(help: "Timed repetitions of each workload; the fastest CPU time is kept.")
    var repetitions = 3

    func validate() throws {
        guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1.") }
        guard repetitions >= 1 else { throw ValidationError("--repetitions must be at least 1.") }
    }

    /// The threads of the parallel runs.
    var threadCount: Int { threads ?? BatchThreads.default }

    /// The data folder to read.
    func dataFolder() throws(CommandError) -> SharedDataFolder { try SharedDataFolder.locate(data) }
}
