import Consortium
import Dispatch
import Foundation
import Logging
import Orbits
import Screening
import SpaceSafety
import Storage

/// One screening run of the partners' fleet against the stored catalog, from start to stored
/// events: used by `POST /api/v1/screenings` and by the scheduled service alike.
///
/// One run at a time: the store refuses to start a second while one is `running` (409), across
/// processes sharing the database. The computation runs on a dispatch thread, off the
/// server's cooperative threads; its length is bounded by the options' limits (7 days, 50 km)
/// and the catalog's size (a 7-day run of a 58-spacecraft fleet against 25,000 objects takes
/// about a minute on two cores).
struct ScreeningJob: Sendable {
    /// The store.
    let repository: any Repository
    /// Where the run's times come from.
    let clock: ServerClock
    /// Where runs are logged.
    let logger: Logger

    /// Runs a screening with `options`: stores the run as started, screens, folds the report
    /// into the events near its span, and stores the events and the run's end. A run that fails
    /// after it started is stored as failed, and its error thrown.
    func run(
        _ options: ScreeningRunOptions, trigger: ScreeningRunRecord.Trigger, requestedBy: User.ID?
    ) async throws -> ScreeningRunRecord {
        try options.validate()
        var run = ScreeningRunRecord(
            id: "scr-" + ScheduleRequestRoutes.randomHex(), trigger: trigger, requestedBy: requestedBy,
            options: options, createdAt: Self.milliseconds(clock.now()))
        try await repository.startScreeningRun(run)
        do {
            let screening = FleetScreening(
                spacecraft: try await repository.all(Spacecraft.self).map(\.value),
                catalog: try await repository.catalogObjects(), options: options)
            let started = Date()
            let (plan, report) = try await Self.compute {
                let plan = try screening.plan()
                return (plan, try screening.screen(plan))
            }
            let tolerance = EventBook().tcaTolerance
            let previous = try await repository.conjunctionEvents(
                tcaFrom: options.start.adding(seconds: -tolerance), to: options.end.adding(seconds: tolerance))
            let fold = EventFold(previous: previous, tcaTolerance: tolerance).fold(report, plan: plan, run: run)
            run.status = .succeeded
            run.objects = plan.elements.count
            run.primaries = plan.primaries.count
            run.conjunctions = report.conjunctions.count
            run.opened = fold.opened.count
            run.updated = fold.updated.count
            run.failures = report.failures.map {
                ScreeningRunRecord.Failure(
                    noradID: $0.object.catalogNumber, name: $0.object.name ?? "NORAD \($0.object.catalogNumber)",
                    detail: "\($0.error)")
            }
            run.notes = plan.notes
            run.finishedAt = Self.milliseconds(clock.now())
            try await repository.finishScreeningRun(run, events: fold.events)
            logger.info(
                "screening run done",
                metadata: [
                    "run": "\(run.id)", "objects": "\(run.objects)", "conjunctions": "\(run.conjunctions)",
                    "opened": "\(run.opened)", "updated": "\(run.updated)",
                    "seconds": "\(Date().timeIntervalSince(started))",
                ])
            return run
        } catch {
            run.status = .failed
            run.error = Self.reason(error)
            run.finishedAt = Self.milliseconds(clock.now())
            do {
                try await repository.finishScreeningRun(run, events: [])
            } catch let storing {
                logger.error("could not store a failed screening run", metadata: ["run": "\(run.id)", "error": "\(storing)"])
            }
            throw error
        }
    }

    /// `instant` to the millisecond, as instants travel in JSON: what a run stores is what a
    /// partner's `since` compares with.
    static func milliseconds(_ instant: Instant) -> Instant {
        (try? Instant(iso8601: instant.iso8601(fractionDigits: 3, zulu: true))) ?? instant
    }

    /// A sentence for a run's `error`.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as SafetyError: return error.description
        case let error as StorageError: return error.description
        case let error as Problem: return error.detail
        default: return "the run failed: \(error)"
        }
    }

    /// Runs `work` on a dispatch thread.
    static func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
