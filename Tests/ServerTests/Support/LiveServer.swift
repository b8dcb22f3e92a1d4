import Hummingbird
import HummingbirdCore
import HummingbirdTesting
import Logging
import NIOCore
import ServiceLifecycle

/// An application served on a loopback port, for the tests that need a real socket.
///
/// HummingbirdTesting's `.live` setup does the same, but its client gives up on a request after
/// 20 s. Under the full suite on two cores a handler can wait longer than that behind the
/// CPU-bound solver tests: CI failed once that way (a data edge test, session 14), as the raw
/// socket reads had before (`RawConnection`). Here the client waits up to `timeout`; no test
/// waits for it to pass, so passing runs take no longer.
struct LiveServer<Base: ApplicationProtocol>: ApplicationProtocol, Service {
    typealias Responder = Base.Responder

    let base: Base
    let ports: AsyncStream<Int>.Continuation

    var responder: Responder { get async throws { try await base.responder } }
    var server: HTTPServerBuilder { base.server }
    var eventLoopGroup: any EventLoopGroup { base.eventLoopGroup }
    var configuration: ApplicationConfiguration { base.configuration.with(address: .hostname("localhost", port: 0)) }
    var logger: Logger { base.logger }
    var services: [any Service] { base.services }
    var processesRunBeforeServerStart: [@Sendable () async throws -> Void] { base.processesRunBeforeServerStart }

    @Sendable func onServerRunning(_ channel: any Channel) async {
        await base.onServerRunning(channel)
        ports.yield(channel.localAddress?.port ?? 0)
        ports.finish()
    }

    /// Serves `application` on a free loopback port, runs `body` with a client connected to it,
    /// then shuts both down.
    static func run<Value: Sendable>(
        _ application: Base, timeout: Duration = .seconds(300),
        _ body: @Sendable (APIClient.Transport) async throws -> Value
    ) async throws -> Value {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let live = LiveServer(base: application, ports: continuation)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let services = ServiceGroup(
                configuration: .init(services: [live], gracefulShutdownSignals: [], logger: application.logger))
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                await services.triggerGracefulShutdown()
                throw LiveServerError.noPort
            }
            let client = TestClient(host: "localhost", port: port, configuration: .init(timeout: timeout))
            client.connect()
            let result: Result<Value, any Error>
            do {
                result = .success(try await body(.live(client, port: port)))
            } catch {
                result = .failure(error)
            }
            try? await client.shutdown()
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
            return try result.get()
        }
    }
}

/// The live server did not report a port.
struct LiveServerError: Error, CustomStringConvertible {
    static let noPort = LiveServerError(description: "the live server stopped before it reported its port")
    let description: String
}
