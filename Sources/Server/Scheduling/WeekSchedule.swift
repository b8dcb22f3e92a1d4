import Consortium
import GroundNetwork
import Orbits
import Scheduling
import Storage

/// A published schedule of the pooled network for one week, made without a request: what
/// `concord serve` does once after loading the demo consortium, so that a new user finds this
/// week's contacts in the console and the API instead of an empty network.
public enum WeekSchedule {
    /// Monday 00:00 UTC of the week that contains `instant`, to the next Monday.
    public static func week(containing instant: Instant) -> TimeSpan {
        let day = Day(instant)
        let julianDayNumber = Int((day.start.julianDate + 0.5).rounded(.down))
        let monday = day.adding(days: -(julianDayNumber % 7))
        return TimeSpan(start: monday.start, end: monday.adding(days: 7).start)
    }

    /// Builds, solves (within `timeLimitSeconds`) and publishes the schedule of every network
    /// agreement in force at the start of `span`, on behalf of `user` (a consortium
    /// administrator); returns the published records' ids. The stored requests are used, and a
    /// default request for every spacecraft without one, as for `POST /api/v1/schedules`.
    public static func publish(
        span: TimeSpan, by user: User, repository: any Repository, timeLimitSeconds: Double = 3,
        at time: Instant
    ) async throws -> [String] {
        let registry = RegistrySnapshot(
            partners: try await repository.all(Partner.self).map(\.value),
            stations: try await repository.all(Station.self).map(\.value),
            spacecraft: try await repository.all(Spacecraft.self).map(\.value),
            agreements: try await repository.all(Agreement.self).map(\.value))
        var builder = NetworkProblemBuilder(registry: registry, requests: [])
        builder.requests = try await ScheduleRoutes.storedRequests(overlapping: span, in: repository)
        let options = SchedulerOptions(seed: 1, timeLimitSeconds: timeLimitSeconds)
        var published: [String] = []
        for agreement in builder.networkAgreements(on: Day(span.start)) {
            let network = try builder.build(span: span, agreement: agreement.id)
            let result = Scheduler(problem: try CompiledProblem(network.problem), options: options).solve()
            let record = try ScheduleRoutes.makeRecord(
                network, result, options: options, by: Principal(user), at: time)
            try await repository.createSchedule(record)
            _ = try await repository.publishSchedule(id: record.id, at: time)
            published.append(record.id)
        }
        return published
    }
}
