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

    @Option(
        help: ArgumentHelp(
            "The data products' directory (blobs/, incoming/); default <database file>.data for SQLite files.",
            valueName: "dir"))
    var dataDir: String?

    @Option(help: ArgumentHelp("Each partner's data product quota in bytes (default: no limit).", valueName: "bytes"))
    var dataQuota: Int64?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    @Option(
        help: ArgumentHelp(
            "Screen the partners' spacecraft against the stored catalog at this interval (e.g. 8h; off by default). The first run is at start when the catalog is not empty; each covers 72 h at 5 km.",
            valueName: "interval"))
    var screenEvery: TimeStep?

    func run() async throws {
        var logger = Logger(label: "concord")
        logger.logLevel = logLevel
        let repository = try await database.open(logger: logger)
        var demoAdministrator: User?
        if !noDemo, try await repository.isEmpty() {
            demoAdministrator = try await loadDemo(into: repository, logger: logger)
        }
        let abandoned = try await repository.abandonScreeningRuns(
            at: .now, reason: "interrupted: the server stopped while the run was under way")
        if abandoned > 0 { logger.warning("marked \(abandoned) interrupted screening run(s) failed") }
        let configuration = ServerConfiguration(host: host, port: port)
        let products = try await openProducts(repository, logger: logger)
        let console = try await Console.load(repository: repository, configuration: configuration, logger: logger)
        let application = makeApplication(
            repository: repository, configuration: configuration, logger: logger,
            screenEvery: screenEvery.map { .milliseconds(Int64(($0.seconds * 1000).rounded())) }, products: products,
            addRoutes: console.addRoutes(to:))
        if let screenEvery { logger.info("screening the fleet against the catalog every \(screenEvery)") }
        logger.info("Concord serving \(database.databaseText) on http://\(host):\(port)/api/v1 and /console")
        // This week's network schedule of the demo, published in the background once the server
        // listens (pass prediction and a 3 s solve), so that the console and the API show contacts.
        let demoLogger = logger
        let demoWeek = demoAdministrator.map { admin in
            Task {
                await Self.publishWeek(by: admin, repository: repository, logger: demoLogger)
                let pages = await console.warmUp(as: admin.id)
                demoLogger.info("Console caches warmed for the demo administrator (\(pages) pages)")
            }
        }
        do {
            try await application.runService()
        } catch {
            _ = await demoWeek?.value
            await repository.shutdown()
            throw error
        }
        _ = await demoWeek?.value
        await repository.shutdown()
    }

    /// Publishes this week's schedule of every network agreement, logging the outcome.
    private static func publishWeek(by admin: User, repository: SQLRepository, logger: Logger) async {
        let week = WeekSchedule.week(containing: .now)
        do {
            let ids = try await WeekSchedule.publish(span: week, by: admin, repository: repository, at: .now)
            logger.info("Published the demo network schedule of this week: \(ids.joined(separator: ", "))")
        } catch {
            logger.warning("Could not schedule the demo network for this week: \(error)")
        }
    }

    /// The data product store in `--data-dir`, or beside an SQLite file; `nil` (data routes
    /// answer 503) for PostgreSQL or memory without `--data-dir`. Cleans up an interrupted run.
    private func openProducts(_ repository: SQLRepository, logger: Logger) async throws -> ProductStore? {
        var directory = dataDir
        if directory == nil, case .sqliteFile(let path)? = try? DatabaseLocation(parsing: database.databaseText) {
            directory = path + ".data"
        }
        guard let directory else {
            logger.warning("No --data-dir: the data product routes are off")
            return nil
        }
        if let dataQuota, dataQuota < 0 {
            throw ValidationError("--data-quota: \(dataQuota) is not a number of bytes")
        }
        do {
            return try await ProductStore.open(
                catalog: repository, directory: directory, quotaBytes: dataQuota, logger: logger)
        } catch {
            throw CommandError(.unreadableFile, file: directory, "cannot open the data product store: \(error)")
        }
    }

    /// Loads the demo consortium and prints its administrator's token and sign-in link;
    /// returns that administrator.
    private func loadDemo(into repository: SQLRepository, logger: Logger) async throws -> User? {
        guard let folder = DemoFolder.locate(demo) else {
            logger.warning("No demo consortium found (Demo/consortium); starting with an empty registry")
            return nil
        }
        let snapshot = try RegistrySnapshot(folder: folder)
        try await repository.importSnapshot(snapshot)
        logger.info(
            "Loaded the demo consortium: \(snapshot.partners.count) partners, \(snapshot.agreements.count) agreements, \(snapshot.spacecraft.count) spacecraft, \(snapshot.stations.count) stations"
        )
        guard let admin = snapshot.users.first(where: { $0.role == .consortiumAdmin }) else { return nil }
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
        return admin
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
