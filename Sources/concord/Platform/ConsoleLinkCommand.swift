import ArgumentParser
import Console
import Consortium
import Logging
import Storage

/// `concord admin console-link`: a one-time web console sign-in link for a user.
struct ConsoleLinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console-link",
        abstract: "Print a one-time sign-in link to the web console for a user (valid 10 minutes, used once).")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The user to sign in as, e.g. nasa-viewer.")
    var user: String

    @Option(help: "The server's address, printed before the link's path.")
    var server = "http://127.0.0.1:8080"

    func run() async throws {
        let repository = try await database.open(logger: Logger(label: "concord.admin"))
        let id = try Identifier<User>(user, field: "--user")
        guard try await repository.get(User.self, id: id) != nil else {
            await repository.shutdown()
            throw CommandError(.unknownObject, file: database.databaseText, "no user '\(user)'")
        }
        let link: String
        do {
            link = try await Console.signInLink(for: id, repository: repository)
        } catch {
            await repository.shutdown()
            throw error
        }
        await repository.shutdown()
        print(server + link)
    }
}
