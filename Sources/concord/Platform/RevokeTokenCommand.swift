import ArgumentParser
import Consortium
import Logging
import Orbits
import Storage

/// `concord admin revoke-token`: revokes a user's token at once.
struct RevokeTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke-token", abstract: "Revoke an API token.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The token's owner.")
    var user: String

    @Option(help: "The token id (tok-…), as list-tokens prints it.")
    var id: String

    func run() async throws {
        let repository = try await database.open(logger: Logger(label: "concord.admin"))
        do {
            try await repository.revokeToken(id: id, of: try Identifier(user, field: "--user"), at: .now)
        } catch {
            await repository.shutdown()
            throw CommandError(.unknownObject, file: database.databaseText, "\(error)")
        }
        await repository.shutdown()
        print("revoked \(id)")
    }
}
