import ArgumentParser
import Consortium
import Logging
import Storage

/// `concord admin create-user`: adds a user to a partner with a role.
struct CreateUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-user", abstract: "Add a user to a partner with a role.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The new user's id (a-z, 0-9, '-').")
    var id: String

    @Option(help: "The display name.")
    var name: String

    @Option(help: "The partner the user works for.")
    var partner: String

    @Option(help: "consortiumAdmin, partnerAdmin, operator or viewer.")
    var role: Role

    func run() async throws {
        let user = User(
            id: try Identifier(id, field: "--id"), name: name, partner: try Identifier(partner, field: "--partner"),
            role: role)
        let repository = try await database.open(logger: Logger(label: "concord.admin"))
        do {
            _ = try await repository.create(user)
        } catch {
            await repository.shutdown()
            throw CommandError(.invalidContent, file: database.databaseText, "\(error)")
        }
        await repository.shutdown()
        print("created user \(user.id) (\(user.role.rawValue) of \(user.partner))")
    }
}

extension Role: ExpressibleByArgument {}
