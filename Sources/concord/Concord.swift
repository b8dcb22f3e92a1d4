import ArgumentParser

/// The `concord` command: a thin shell over the Concord library targets.
@main
struct Concord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concord",
        abstract: "Run a space cooperation consortium: orbits, shared network, space safety, data exchange.",
        discussion: "Documentation: docs/cli.md. Times are UTC, ISO-8601; distances km; angles degrees.",
        subcommands: [
            ServeCommand.self, ImportCommand.self, AdminCommand.self, PropagateCommand.self, PassesCommand.self,
            ScheduleCommand.self, ScreenCommand.self, PcCommand.self, BenchCommand.self, DataCommand.self,
            AuditCommand.self,
        ]
    )
}
