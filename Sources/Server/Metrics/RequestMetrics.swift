import Foundation
import Metrics
import Prometheus

/// The server's Prometheus metrics: requests counted and timed by route template, method and
/// status, recorded through swift-metrics into this application's own registry.
///
/// The registry belongs to the application, not to the process (`MetricsSystem.bootstrap` is
/// global and may run once): two servers in one process, as in the tests, keep their own counts.
/// Routes are labelled by template (`/api/v1/partners/{id}`), and unmatched paths by
/// `unmatched`, so a client inventing paths cannot grow the label set.
final class RequestMetrics: @unchecked Sendable {
    /// The name of the request counter.
    static let requestsName = "http_requests_total"
    /// The name of the latency histogram (seconds).
    static let durationName = "http_request_duration_seconds"

    /// The registry `/metrics` exposes.
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let lock = NSLock()
    private var handles: [Key: (CoreMetrics.Counter, CoreMetrics.Timer)] = [:]

    private struct Key: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    /// Creates empty metrics with latency buckets from 1 ms to 10 s.
    init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .milliseconds(2500), .seconds(10),
        ]
        self.factory = factory
    }

    /// Counts one request and records how long it took.
    func record(route: String, method: String, status: Int, duration: Duration) {
        let key = Key(route: route, method: method, status: status)
        let (counter, timer) = lock.withLock {
            if let existing = handles[key] { return existing }
            let dimensions = [("route", route), ("method", method), ("status", String(status))]
            let made = (
                CoreMetrics.Counter(label: Self.requestsName, dimensions: dimensions, factory: factory),
                CoreMetrics.Timer(label: Self.durationName, dimensions: dimensions, factory: factory)
            )
            handles[key] = made
            return made
        }
        counter.increment()
        let (seconds, attoseconds) = duration.components
        timer.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// The Prometheus text exposition (format 0.0.4) of every metric.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
