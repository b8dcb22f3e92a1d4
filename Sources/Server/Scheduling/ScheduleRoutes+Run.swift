import Consortium
import Foundation
import GroundNetwork
import Hummingbird
import Orbits
import Scheduling
import Storage

extension ScheduleRoutes {
    /// `POST /api/v1/schedules`: builds the problem of the agreement's pool over the span from
    /// the registry and the stored requests, solves it within the time limit, and stores the
    /// result as a draft. Synchronous: the answer comes when the solver is done (the time limit
    /// plus the pass prediction, a few seconds for a week of a few dozen spacecraft).
    @Sendable static func run(_ request: inout RouteRequest) async throws -> Response {
        let principal = try request.caller
        let body = try await request.decodeBody(ScheduleRunBody.self)
        let services = request.services
        let span = TimeSpan(start: body.start, end: body.end)
        try check(body, span: span)
        let policy = try await services.access.accessPolicy()
        let registry = RegistrySnapshot(
            partners: try await services.repository.all(Partner.self).map(\.value),
            stations: try await services.repository.all(Station.self).map(\.value),
            spacecraft: try await services.repository.all(Spacecraft.self).map(\.value),
            agreements: try await services.repository.all(Agreement.self).map(\.value))
        var builder = NetworkProblemBuilder(
            registry: registry, requests: [],
            options: NetworkProblemBuilder.Options(
                setupSeconds: body.setupSeconds ?? 0, teardownSeconds: body.teardownSeconds ?? 0))
        let agreement = try choose(body.agreement, span: span, builder: builder, policy: policy, by: principal)
        let day = Day(span.start)
        let parties = agreement.activeParties(on: day)
        let managers = Set(agreement.clauses.stationContributions.map(\.partner)).intersection(parties)
        guard mayManage(managers, by: principal) else { throw notManager(agreement.id, principal) }
        builder.requests = try await storedRequests(overlapping: span, in: services.repository)
        let options = SchedulerOptions(
            seed: body.seed ?? 1, timeLimitSeconds: body.timeLimitSeconds ?? defaultTimeLimitSeconds)
        let frozen = builder
        let (network, result) = try await services.scheduling.run { () throws -> (NetworkProblem, SchedulerResult) in
            let network: NetworkProblem
            do throws(NetworkError) {
                network = try frozen.build(span: span, agreement: agreement.id)
            } catch {
                throw Problem.invalid(error.field, error.detail)
            }
            let compiled: CompiledProblem
            do throws(SchedulingError) {
                compiled = try CompiledProblem(network.problem)
            } catch {
                throw Problem.invalid(error.field, error.detail)
            }
            return (network, Scheduler(problem: compiled, options: options).solve())
        }
        let record = try makeRecord(
            network, result, options: options, by: principal, at: services.configuration.clock.now())
        try await services.repository.createSchedule(record)
        var headers = HTTPFields()
        headers[.location] = "\(collectionPath)/\(record.id)"
        return .json(
            try services.encoder.encode(try detail(of: record, for: principal)), status: .created, headers: headers)
    }

    /// The span and budget rules of a run, 422 naming the field.
    static func check(_ body: ScheduleRunBody, span: TimeSpan) throws(Problem) {
        guard span.start < span.end else { throw Problem.invalid("end", "the span ends before it starts") }
        guard span.durationSeconds <= maximumSpanDays * 86_400 else {
            throw Problem.invalid("end", "at most \(Int(maximumSpanDays)) days are scheduled at once")
        }
        if let limit = body.timeLimitSeconds, !(limit > 0 && limit <= maximumTimeLimitSeconds) {
            throw Problem.invalid("timeLimitSeconds", "\(limit) is not in (0, \(Int(maximumTimeLimitSeconds))] s")
        }
        for (field, value) in [("setupSeconds", body.setupSeconds), ("teardownSeconds", body.teardownSeconds)] {
            if let value, !(value >= 0 && value <= 3600) {
                throw Problem.invalid(field, "\(value) is not in 0...3600 s")
            }
        }
    }

    /// The agreement to schedule: the one named (404 when the caller cannot see it, 422 when it
    /// pools no station on the span's first day), else the only network agreement the caller
    /// sees (422 when none or several).
    static func choose(
        _ id: Agreement.ID?, span: TimeSpan, builder: NetworkProblemBuilder, policy: AccessPolicy,
        by principal: Principal
    ) throws(Problem) -> Agreement {
        if let id {
            guard let stored = builder.registry.agreements.first(where: { $0.id == id }),
                policy.mayRead(stored, by: principal)
            else {
                throw Problem.notFound("agreement", id: id.rawValue)
            }
        }
        let day = Day(span.start)
        let visible = builder.networkAgreements(on: day).filter { policy.mayRead($0, by: principal) }
        if let id {
            guard let chosen = visible.first(where: { $0.id == id }) else {
                throw Problem.invalid("agreement", "'\(id)' is not in force on \(day) or pools no station")
            }
            return chosen
        }
        guard visible.count == 1 else {
            let names = visible.map(\.id.rawValue).joined(separator: ", ")
            throw Problem.invalid(
                "agreement",
                visible.isEmpty
                    ? "no agreement you are party of pools stations on \(day)"
                    : "several agreements pool stations on \(day) (\(names)); name one")
        }
        return visible[0]
    }

    /// Every stored request whose window overlaps `span`, read a page at a time.
    static func storedRequests(
        overlapping span: TimeSpan, in repository: any Repository
    ) async throws
        -> [ScheduleRequest]
    {
        var requests: [ScheduleRequest] = []
        var page = PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let result = try await repository.scheduleRequests(
                partners: nil, spacecraft: nil, overlapping: span, page: page)
            requests += result.items.map(\.request)
            guard let next = result.nextCursor else { return requests }
            page.after = next
        }
    }

    /// The draft record of a run, with its documents.
    static func makeRecord(
        _ network: NetworkProblem, _ result: SchedulerResult, options: SchedulerOptions, by principal: Principal,
        at time: Instant
    ) throws -> ScheduleRecord {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let run = ScheduleRun(
            seed: options.seed, timeLimitSeconds: options.timeLimitSeconds ?? 0, elapsedSeconds: result.elapsedSeconds,
            upperBoundSeconds: result.upperBoundSeconds, priceOfFairness: result.priceOfFairness,
            defaultRequests: network.defaultRequests.count, notes: network.notes)
        let documents = ScheduleRecord.Documents(
            problem: String(decoding: try network.problem.encoded(), as: UTF8.self),
            schedule: String(decoding: try result.schedule.encoded(), as: UTF8.self),
            metrics: String(decoding: try encoder.encode(result.metrics), as: UTF8.self),
            run: String(decoding: try encoder.encode(run), as: UTF8.self))
        let contributors = Set(network.contributors)
        return ScheduleRecord(
            id: "sch-" + ScheduleRequestRoutes.randomHex(), agreement: network.agreement,
            horizon: network.problem.horizon,
            status: .draft,
            parties: network.parties.sorted().map {
                ScheduleRecord.Party(partner: $0, manages: contributors.contains($0))
            },
            createdBy: principal.user, createdByPartner: principal.partner, createdAt: time, documents: documents)
    }
}
