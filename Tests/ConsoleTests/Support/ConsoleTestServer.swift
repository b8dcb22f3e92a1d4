import Console
import Consortium
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Orbits
import Server
import Storage

/// The console and the API over a fresh in-memory SQLite database holding the committed demo
/// consortium (`Demo/consortium`), with one API token per user, on a fixed clock near the demo
/// elements' epoch (2026-03-19), driven through HummingbirdTesting.
struct ConsoleTestServer: Sendable {
    let repository: any Repository
    let secrets: [String: String]
    let configuration: ServerConfiguration
    let console: Console
    let snapshot: RegistrySnapshot

    /// The clock of every test: 2026-03-19T06:00:00Z, a day after the demo elements' epochs.
    static let now = try! Instant(iso8601: "2026-03-19T06:00:00Z")

    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let logger: Logger = {
        var logger = Logger(label: "concord.console.tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Opens the database, imports the demo and issues a token per user; the server reads `clock`.
    static func make(clock: ServerClock = .fixed(now)) async throws -> ConsoleTestServer {
        let snapshot = try RegistrySnapshot(folder: root.appendingPathComponent("Demo/consortium"))
        let store = try await SQLRepository.open(.sqliteMemory, logger: logger)
        var secrets: [String: String] = [:]
        try await store.importSnapshot(snapshot)
        for user in snapshot.users {
            let issued = APIToken.issue(for: user.id, label: "test token of \(user.id)", at: now)
            try await store.createToken(issued.token)
            secrets[user.id.rawValue] = issued.secret
        }
        let configuration = ServerConfiguration(generationCheckInterval: .zero, clock: clock)
        let console = try await Console.load(repository: store, configuration: configuration, logger: logger)
        return ConsoleTestServer(
            repository: store, secrets: secrets, configuration: configuration, console: console, snapshot: snapshot)
    }

    /// Runs `body` against the server (reading `clock`) in router mode, then closes the store.
    static func run(
        clock: ServerClock = .fixed(now), _ body: @Sendable (ConsoleClient, ConsoleTestServer) async throws -> Void
    ) async throws {
        let server = try await make(clock: clock)
        let application = makeApplication(
            repository: server.repository, configuration: server.configuration, logger: logger,
            addRoutes: server.console.addRoutes(to:))
        do {
            try await application.test(.router) { client in
                try await body(ConsoleClient(client: client, secrets: server.secrets), server)
            }
        } catch {
            await server.repository.shutdown()
            throw error
        }
        await server.repository.shutdown()
    }
}
