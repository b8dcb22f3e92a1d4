import ArgumentParser
import Console
import Consortium
import Foundation
import Hummingbird
import Logging
import Orbits
import Server
import Storage

/// `concord serve`: the consortium platform's HTTP server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Concord server (JSON API under /api/v1) on an embedded SQLite file or PostgreSQL.",
        discussion: """
            The database is created and migrated on first start. When it holds no partner, the demo
            consortium (Demo/consortium) is loaded unless --no-demo is given, and a token for its
            consortium administrator is printed once. Make more tokens with `concord admin create-token`.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Do not load the demo consortium into an empty database.")
    var noDemo = false

    @Option(help: ArgumentHelp("The demo consortium folder (default: Demo/consortium).", valueName: "dir"))
    var demo: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        var logger = Logger(label: "concord")
        logger.logLevel = logLevel
        let repository = try await database.open(logger: logger)
        if !noDemo, try await repository.isEmpty() {
            try await loadDemo(into: repository, logger: logger)
        }
        let configuration = ServerConfiguration(host: host, port: port)
        let console = try await Console.load(repository: repository, configuration: configuration, logger: logger)
        let application = makeApplication(
            repository: repository, configuration: configuration, logger: logger, addRoutes: console.addRoutes(to:))
        logger.info("Concord serving \(database.databaseText) on http://\(host):\(port)/api/v1 and /console")
        do {
            try await application.runService()
        } catch {
            await repository.shutdown()
            throw error
        }
        await repository.shutdown()
    }

    private func loadDemo(into repository: SQLRepository, logger: Logger) async throws {
        guard let folder = DemoFolder.locate(demo) else {
            logger.warning("No demo consortium found (Demo/consortium); starting with an empty registry")
            return
        }
        let snapshot = try RegistrySnapshot(folder: folder)
        try await repository.importSnapshot(snapshot)
        logger.info(
            "Loaded the demo consortium: \(snapshot.partners.count) partners, \(snapshot.agreements.count) agreements, \(snapshot.spacecraft.count) spacecraft, \(snapshot.stations.count) stations"
        )
        guard let admin = snapshot.users.first(where: { $0.role == .consortiumAdmin }) else { return }
        let issued = APIToken.issue(for: admin.id, label: "demo token printed by concord serve", at: .now)
        try await repository.createToken(issued.token)
        let link = try await Console.signInLink(for: admin.id, repository: repository)
        FileHandle.standardError.write(
            Data(
                """
                Demo consortium administrator '\(admin.id)' token (shown once):
                  \(issued.secret)
                Try: curl -H 'Authorization: Bearer \(issued.secret)' http://\(host):\(port)/api/v1/partners
                Web console (one-time sign-in link, valid 10 minutes):
                  http://\(host):\(port)\(link)

                """.utf8))
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
