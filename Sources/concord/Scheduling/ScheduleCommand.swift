import ArgumentParser

/// `concord schedule`: solve a shared-network scheduling problem (from a file or from the
/// database), or check a schedule against its problem.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Schedule the shared ground network, or validate a schedule (docs/scheduling.md).",
        discussion: """
            concord schedule --problem FILE solves a problem file (concord-schedule-problem); \
            concord schedule --from T --to T builds the problem from the database (the pooled \
            stations, the partners' spacecraft and shares, the stored requests) and solves it. \
            concord schedule validate --problem FILE SCHEDULE checks a schedule; concord schedule \
            replan repairs an announced schedule after an outage; concord schedule what-if compares \
            the schedule under other shares or without a partner's antennas.
            """,
        subcommands: [
            ScheduleSolveCommand.self, ScheduleValidateCommand.self, ScheduleReplanCommand.self,
            ScheduleWhatIfCommand.self,
        ],
        defaultSubcommand: ScheduleSolveCommand.self)
}
