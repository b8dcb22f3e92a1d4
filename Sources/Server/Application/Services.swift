import Logging
import Storage

/// What the handlers share: the store, the caches, the encoder, the configuration and metrics.
struct Services: Sendable {
    /// The registry's store.
    var repository: any Repository
    /// Principals of tokens and today's access policy.
    var access: AccessCache
    /// Item JSON, cached per record version.
    var encoder: RecordEncoder
    /// Limits and clock.
    var configuration: ServerConfiguration
    /// Where failures are logged.
    var logger: Logger
    /// The Prometheus registry behind `/metrics`.
    var metrics: RequestMetrics
    /// Runs the scheduler, one run at a time, off the cooperative threads.
    var scheduling = ScheduleRunner()
    /// The data exchange's products, blobs and audit log; `nil` when the server runs without one
    /// (the data routes then answer 503).
    var products: ProductStore? = nil
}
