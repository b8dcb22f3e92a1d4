import Consortium
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Orbits
import Storage

@testable import Server

/// A Concord server over a fresh in-memory SQLite database loaded with `Registry`, with one
/// token per user, driven through HummingbirdTesting.
struct TestServer: Sendable {
    /// The store behind the server (tests read it to check that nothing changed).
    let repository: any Repository
    /// The secret of each user's token, by user id.
    let secrets: [String: String]
    /// The server's configuration.
    let configuration: ServerConfiguration

    /// A quiet logger.
    static let logger: Logger = {
        var logger = Logger(label: "concord.server.tests")
        logger.logLevel = .critical
        return logger
    }()

    /// Opens an in-memory SQLite database, imports `snapshot` and issues a token for every user.
    /// The generation is checked on every request by default, so that tests see every write.
    static func make(
        snapshot: RegistrySnapshot = Registry.snapshot,
        configuration: ServerConfiguration = ServerConfiguration(generationCheckInterval: .zero),
        wrap: (SQLRepository) -> any Repository = { $0 }
    ) async throws -> TestServer {
        let store = try await SQLRepository.open(.sqliteMemory, logger: logger)
        var secrets: [String: String] = [:]
        do {
            try await store.importSnapshot(snapshot)
            for user in snapshot.users {
                let issued = APIToken.issue(for: user.id, label: "test token of \(user.id)", at: Instant.now)
                try await store.createToken(issued.token)
                secrets[user.id.rawValue] = issued.secret
            }
        } catch {
            await store.shutdown()
            throw error
        }
        return TestServer(repository: wrap(store), secrets: secrets, configuration: configuration)
    }

    /// Runs `body` against the application in HummingbirdTesting's router mode, then closes the store.
    func run(_ body: @Sendable (APIClient) async throws -> Void) async throws {
        let application = makeApplication(repository: repository, configuration: configuration, logger: Self.logger)
        do {
            try await application.test(.router) { client in
                try await body(APIClient(client: .framework(client), secrets: secrets))
            }
        } catch {
            await repository.shutdown()
            throw error
        }
        await repository.shutdown()
    }

    /// Makes a server with the registry and runs `body` against it.
    static func run(
        configuration: ServerConfiguration = ServerConfiguration(generationCheckInterval: .zero),
        _ body: @Sendable (APIClient, TestServer) async throws -> Void
    ) async throws {
        let server = try await make(configuration: configuration)
        try await server.run { client in try await body(client, server) }
    }
}

/// Sends requests as one of the registry's users.
struct APIClient: Sendable {
    let client: Transport
    let secrets: [String: String]

    /// Sends `method path` with the token of `user` (none when `nil`), an optional JSON body
    /// (sent as `application/json` unless `headers` says otherwise) and extra headers.
    func send(
        _ method: HTTPRequest.Method, _ path: String, as user: String?, json: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Reply {
        var headers = HTTPFields()
        if let user {
            headers[.authorization] = "Bearer \(secrets[user] ?? "no-such-user-\(user)")"
        }
        if json != nil { headers[.contentType] = "application/json" }
        for field in extra { headers[field.name] = field.value }
        return try await client.exchange(
            uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// The ids of the items of `GET path` as `user`.
    func ids(_ path: String, as user: String) async throws -> [String] {
        try await get(path, as: user).ids
    }

    /// `GET path` as `user`.
    func get(_ path: String, as user: String?) async throws -> Reply {
        try await send(.get, path, as: user)
    }
}
