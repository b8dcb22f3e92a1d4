import ArgumentParser
import Consortium
import Logging
import Storage

/// `concord admin list-tokens`: a user's tokens (ids, labels, dates; never secrets).
struct ListTokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list-tokens", abstract: "List a user's API tokens (never their secrets).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The user.")
    var user: String

    func run() async throws {
        let repository = try await database.open(logger: Logger(label: "concord.admin"))
        let tokens = try await repository.tokens(of: try Identifier(user, field: "--user"))
        await repository.shutdown()
        for token in tokens {
            let state = token.revokedAt.map { "revoked \($0.iso8601(fractionDigits: 0, zulu: true))" } ?? "active"
            print("\(token.id)\t\(token.createdAt.iso8601(fractionDigits: 0, zulu: true))\t\(state)\t\(token.label)")
        }
    }
}
