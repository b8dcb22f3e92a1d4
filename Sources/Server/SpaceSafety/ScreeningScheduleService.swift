import Logging
import Orbits
import ServiceLifecycle
import SpaceSafety
import Storage

/// Screens the fleet against the catalog every `interval`, in the server's service group
/// (`concord serve --screen-every 8h`). The first run is at start when the catalog is not
/// empty; each run covers `spanSeconds` from its start. A run refused because another is under
/// way, or failing, is logged and the next one waits for its turn. Stops at graceful shutdown.
public struct ScreeningScheduleService: Service {
    let job: ScreeningJob
    let interval: Duration
    let spanSeconds: Double
    let thresholdKm: Double

    /// A service screening through `repository` every `interval` over `spanSeconds` at `thresholdKm`.
    public init(
        repository: any Repository, interval: Duration, spanSeconds: Double = 72 * 3600,
        thresholdKm: Double = ScreeningRunOptions.defaultThresholdKm, clock: ServerClock = .system, logger: Logger
    ) {
        job = ScreeningJob(repository: repository, clock: clock, logger: logger)
        self.interval = interval
        self.spanSeconds = spanSeconds
        self.thresholdKm = thresholdKm
    }

    /// Runs until cancelled or shut down.
    public func run() async throws {
        while !Task.isCancelled {
            await runOnce()
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }

    /// One scheduled run, when the catalog holds objects; errors are logged.
    func runOnce() async {
        do {
            guard try await job.repository.catalogCount() > 0 else {
                job.logger.notice("scheduled screening skipped: the catalog is empty (concord import catalog FILE)")
                return
            }
            let options = ScreeningRunOptions(
                start: job.clock.now(), spanSeconds: spanSeconds, thresholdKm: thresholdKm)
            _ = try await job.run(options, trigger: .schedule, requestedBy: nil)
        } catch {
            job.logger.warning("scheduled screening failed", metadata: ["error": "\(ScreeningJob.reason(error))"])
        }
    }
}
