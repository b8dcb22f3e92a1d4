/// How `makeApplication` binds, limits and caches.
///
/// The defaults suit `concord serve` on one machine: loopback only, 1 MiB bodies, tokens and the
/// access policy re-validated against the database's generation at most once a second.
public struct ServerConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` keeps the server off the network until asked.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The largest request body accepted, bytes; larger bodies get 413 before they are read whole.
    public var maximumBodyBytes: Int
    /// How long a token's principal is trusted from memory before the database is asked again,
    /// whatever the generation says (bounds the life of an expired token; revocations through
    /// any server bump the generation and take effect within `generationCheckInterval`).
    public var tokenCacheTTL: Duration
    /// How often, at most, a request checks the database's generation to see whether users,
    /// tokens, agreements or missions changed in another process.
    public var generationCheckInterval: Duration
    /// The most principals kept in the token cache; the cache is emptied when it is full.
    public var tokenCacheCapacity: Int
    /// The clock for token expiry and for the day on which agreements are judged in force.
    public var clock: ServerClock

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 1 << 20,
        tokenCacheTTL: Duration = .seconds(60), generationCheckInterval: Duration = .seconds(1),
        tokenCacheCapacity: Int = 10_000, clock: ServerClock = .system
    ) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.tokenCacheTTL = tokenCacheTTL
        self.generationCheckInterval = generationCheckInterval
        self.tokenCacheCapacity = tokenCacheCapacity
        self.clock = clock
    }
}
