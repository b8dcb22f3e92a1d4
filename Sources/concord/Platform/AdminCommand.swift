import ArgumentParser

/// `concord admin`: users and tokens, straight on the database (for the first token, and for
/// recovery when no administrator token is at hand).
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage users and API tokens directly in the database.",
        subcommands: [
            CreateUserCommand.self, CreateTokenCommand.self, ListTokensCommand.self, RevokeTokenCommand.self,
            ConsoleLinkCommand.self,
        ])
}
