import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Orbits
import Storage

@testable import Server

/// A clock the data tests move forward between requests (embargo ends, suspensions).
final class SteppedClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Instant

    init(_ instant: Instant) { self.instant = instant }

    var now: Instant { lock.withLock { instant } }

    func set(_ value: Instant) { lock.withLock { instant = value } }
}

/// A test server with a data product store in a temporary directory, over `Registry` with the
/// ISS IGA's data clause set to consortium access after a 30-day embargo.
struct DataServer: Sendable {
    static let start = try! Instant(iso8601: "2026-11-22T10:00:00Z")

    let server: TestServer
    let store: ProductStore
    let directory: String
    let clock: SteppedClock

    /// The registry of the data tests.
    static var snapshot: RegistrySnapshot {
        var snapshot = Registry.snapshot
        snapshot.agreements[0].clauses.dataPolicy = DataPolicy(access: .consortium, proprietaryPeriodDays: 30)
        return snapshot
    }

    /// How a data test reaches its server.
    enum Setup {
        /// HummingbirdTesting's router mode: no socket.
        case router
        /// A real socket (`LiveServer`), for the tests of HTTP framing.
        case live
    }

    /// Runs `body` against a fresh data server with a per-partner quota of `quotaBytes`, in
    /// HummingbirdTesting's router mode or, with `.live`, over a real socket (`APIClient.port`).
    static func run(
        quotaBytes: Int64? = nil, setup: Setup = .router,
        _ body: @Sendable (APIClient, DataServer) async throws -> Void
    ) async throws {
        let clock = SteppedClock(start)
        let configuration = ServerConfiguration(
            generationCheckInterval: .zero, clock: ServerClock { clock.now })
        let server = try await TestServer.make(snapshot: snapshot, configuration: configuration)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("concord-data-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        guard let catalog = server.repository as? SQLRepository else { fatalError("TestServer opens SQLite") }
        let store = try await ProductStore.open(
            catalog: catalog, directory: directory, quotaBytes: quotaBytes, logger: TestServer.logger)
        let data = DataServer(server: server, store: store, directory: directory, clock: clock)
        let application = makeApplication(
            repository: server.repository, configuration: configuration, logger: TestServer.logger, products: store)
        do {
            switch setup {
            case .router:
                try await application.test(.router) { client in
                    try await body(APIClient(client: .framework(client), secrets: server.secrets), data)
                }
            case .live:
                try await LiveServer.run(application) { transport in
                    try await body(APIClient(client: transport, secrets: server.secrets), data)
                }
            }
        } catch {
            await server.repository.shutdown()
            throw error
        }
        await server.repository.shutdown()
    }

    /// The files in `incoming/`.
    var incomingFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: "\(directory)/incoming")) ?? []
    }

    /// The blobs stored (`ab/<hash>` paths).
    var blobFiles: [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: "\(directory)/blobs/sha256")) ?? []).filter {
            $0.count > 3
        }
    }

    /// The audit log, newest first.
    func auditLog() async throws -> [AuditEntry] {
        try await store.catalog.auditEntries(producers: nil, before: nil, limit: 500)
    }
}

extension APIClient {
    /// Uploads `content` as `user` with `metadata` JSON and an optional expected hash.
    func upload(
        _ content: String, as user: String, metadata: String = #"{"mission":"hubble","productType":"image"}"#,
        sha256: String? = nil, headers extra: HTTPFields = [:]
    ) async throws -> Reply {
        var headers = extra
        headers[HTTPField.Name("Concord-Metadata")!] = metadata
        if let sha256 { headers[HTTPField.Name("Concord-Content-SHA256")!] = sha256 }
        headers[.contentType] = "application/octet-stream"
        headers[.authorization] = "Bearer \(secrets[user] ?? "none")"
        return try await client.exchange(
            uri: "/api/v1/products", method: .post, headers: headers, body: ByteBuffer(string: content))
    }
}
