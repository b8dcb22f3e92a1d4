import Consortium
import Foundation
import Hummingbird
import Logging
import Server
import Storage

/// The web console: server-rendered pages of the consortium (overview, map, network schedule,
/// registry) on the API server's router, in six languages, signed in with a session cookie.
///
/// `concord serve` makes one with `Console.load(...)` and passes `addRoutes(to:)` to
/// `makeApplication`. Pages live under `/console`; `/` redirects there. Every page but sign-in
/// needs a session; what a page shows is what the API would show the same user (the
/// `AccessPolicy` read scopes, `PartnerScheduleView` for schedules, contacts only to their
/// partner).
public struct Console: Sendable {
    /// Templates, catalogues and static files.
    let resources: ConsoleResources
    /// The registry's store.
    let repository: any Repository
    /// Sessions and sign-in links.
    let sessions: ConsoleSessions
    /// The server's configuration (its clock decides expiry and "today").
    let configuration: ServerConfiguration
    /// Where failures are logged.
    let logger: Logger
    /// Decoded views of published schedules, kept between renders.
    let scheduleViews = ScheduleViewCache()
    /// Predicted passes of the schedule page, kept between renders.
    let passCache = PassCache()
    /// Timeline charts of the schedule page, kept between renders.
    let timelineCache = TimelineCache()

    /// The path prefix of every console page.
    public static let prefix = "/console"

    /// Loads the resources and prepares the console over `repository`.
    public static func load(
        repository: any Repository, configuration: ServerConfiguration, logger: Logger
    ) async throws(ConsoleError) -> Console {
        guard let folder = ConsoleResources.folder else {
            throw ConsoleError(.resourceMissing, field: "Resources", detail: "the console's resource bundle is missing")
        }
        let resources = try await ConsoleResources.load(from: folder)
        return Console(
            resources: resources, repository: repository,
            sessions: ConsoleSessions(repository: repository, clock: configuration.clock),
            configuration: configuration, logger: logger)
    }

    /// The message catalogue (for tests and tools that report missing translations).
    public var messages: MessageCatalogue { resources.messages }

    /// Makes a one-time sign-in link for `user` (valid ten minutes): the path and query to
    /// append to the server's address, e.g. `/console/sign-in/link?code=concord_…`.
    public static func signInLink(
        for user: User.ID, repository: any Repository, clock: ServerClock = .system
    )
        async throws(StorageError) -> String
    {
        let code = try await ConsoleSessions(repository: repository, clock: clock).issueLink(for: user)
        return "\(prefix)/sign-in/link?code=\(code)"
    }
}
