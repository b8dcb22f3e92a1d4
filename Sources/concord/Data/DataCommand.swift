import ArgumentParser

/// `concord data`: the data exchange from the command line, against a running server
/// (`--server`, token from `CONCORD_TOKEN`). Contents go from and to files, never into memory.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Upload, download, list data products and change their policy on a Concord server.",
        discussion: """
            The token is read from the environment variable CONCORD_TOKEN. Every command prints JSON
            (ls: one line per product unless --json) and exits non-zero with the server's problem on failure.
            """,
        subcommands: [DataPutCommand.self, DataGetCommand.self, DataListCommand.self, DataPolicyCommand.self])
}

/// The `--server` option of the data commands.
struct ServerOption: ParsableArguments {
    @Option(help: ArgumentHelp("The server's base URL.", valueName: "url"))
    var server = "http://127.0.0.1:8080"

    /// The client for the option, with the token of `CONCORD_TOKEN`.
    func client() throws -> DataClient {
        try DataClient(server: server)
    }
}
