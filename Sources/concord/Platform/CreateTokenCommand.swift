import ArgumentParser
import Consortium
import Logging
import Orbits
import Storage

/// `concord admin create-token`: issues an API token for a user and prints its secret once.
struct CreateTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-token",
        abstract: "Issue an API token for a user; the secret is printed once and stored only as a SHA-256 hash.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The user the token acts as, e.g. secretariat.")
    var user: String

    @Option(help: "What the token is for.")
    var label = "created with concord admin create-token"

    @Option(help: "Days until the token expires (default: never).")
    var expiresInDays: Int?

    func validate() throws {
        if let expiresInDays, expiresInDays < 1 || expiresInDays > 3650 {
            throw ValidationError("--expires-in-days must be in 1...3650")
        }
    }

    func run() async throws {
        let repository = try await database.open(logger: Logger(label: "concord.admin"))
        let id = try Identifier<User>(user, field: "--user")
        guard try await repository.get(User.self, id: id) != nil else {
            await repository.shutdown()
            throw CommandError(.unknownObject, file: database.databaseText, "no user '\(user)'")
        }
        let now = Instant.now
        let issued = APIToken.issue(
            for: id, label: label, at: now, expiresAt: expiresInDays.map { now.adding(days: Double($0)) })
        try await repository.createToken(issued.token)
        await repository.shutdown()
        print(issued.secret)
    }
}
