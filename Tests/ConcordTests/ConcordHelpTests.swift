import Testing

@testable import concord

/// End-to-end: the `concord` binary parses its command line as documented.
@Suite("concord CLI")
struct ConcordHelpTests {
    @Test func helpListsEverySubcommandAndExitsZero() throws {
        let result = try ConcordCommand.run(["--help"])
        #expect(result.exitCode == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("USAGE: concord"))
        #expect(result.standardOutput.hasPrefix("OVERVIEW: Run a space cooperation consortium"))
        // Every registered subcommand appears in the help (names from the command itself).
        for subcommand in Concord.configuration.subcommands {
            let name = subcommand._commandName
            #expect(result.standardOutput.contains(name), "help lacks subcommand \(name)")
        }
    }

    @Test func unknownSubcommandFailsWithAMessage() throws {
        let result = try ConcordCommand.run(["no-such-subcommand"])
        #expect(result.exitCode != 0)
        #expect(result.standardError.contains("no-such-subcommand"), "stderr: \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }
}
