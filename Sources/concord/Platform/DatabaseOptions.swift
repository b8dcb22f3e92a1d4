import ArgumentParser
import Foundation
import Logging
import Storage

/// The `--database` option shared by the platform commands.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file path (default concord.sqlite here, or $CONCORD_DATABASE), sqlite:///abs/path, or postgres://user:pass@host:port/db.",
            valueName: "url"))
    var database: String?

    /// The database named by the option, the environment, or the default file.
    var databaseText: String {
        database ?? ProcessInfo.processInfo.environment["CONCORD_DATABASE"] ?? "concord.sqlite"
    }

    /// Opens (creating and migrating if needed) the database.
    func open(logger: Logger) async throws -> SQLRepository {
        let location: DatabaseLocation
        do {
            location = try DatabaseLocation(parsing: databaseText)
        } catch {
            throw ValidationError("--database: \(error)")
        }
        do {
            return try await SQLRepository.open(location, logger: logger)
        } catch {
            throw CommandError(.unreadableFile, file: databaseText, "cannot open the database: \(error)")
        }
    }
}
