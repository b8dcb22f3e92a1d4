import GroundNetwork
import Scheduling

extension Schemas {
    /// A half-open span of UTC time.
    static let timeSpan = JSONSchema.record(["start": instant, "end": instant])

    /// The members a schedule request shares with its body (everything but `partner` and the
    /// creation metadata).
    static let scheduleRequestTerms: KeyValuePairs<String, JSONSchema> = [
        "id": .described(identifier, "Generated (`req-…`) when absent."),
        "spacecraft": .described(identifier, "One of your partner's spacecraft."),
        "mission": .described(identifier, "The mission served (per-mission metrics); the spacecraft when absent."),
        "window": .described(.reference("TimeSpan"), "When the contacts may take place; at most 31 days."),
        "contacts": .described(.integer(minimum: 1, maximum: 10_000), "The most contacts; default 1."),
        "totalSeconds": .described(.number(minimum: 0), "The most tracking time in all, seconds."),
        "minContactSeconds": .described(.number(minimum: 0), "Each contact's shortest length, seconds."),
        "maxContactSeconds": .described(.number(minimum: 0), "Each contact's longest length, seconds."),
        "placement": .described(
            values(ScheduleProblem.Placement.self), "`flexible` (default) or `fullPass` (AOS to LOS)."),
        "priority": .described(values(ScheduleProblem.Priority.self), "Weight 1, 10, 100; default `routine`."),
        "note": .string(maxLength: 1000),
    ]

    static let optionalTerms: Set<String> = [
        "id", "mission", "contacts", "totalSeconds", "minContactSeconds", "maxContactSeconds", "placement",
        "priority", "note",
    ]

    /// The body of `POST /api/v1/schedule-requests`.
    static var scheduleRequestBody: JSONSchema {
        var properties = scheduleRequestTerms.map { JSONSchema.Property(name: $0.key, schema: $0.value) }
        properties.sort { $0.name < $1.name }
        return .object(
            properties, required: properties.map(\.name).filter { !optionalTerms.contains($0) })
    }

    /// A stored schedule request.
    static var scheduleRequest: JSONSchema {
        var properties = scheduleRequestTerms.map { JSONSchema.Property(name: $0.key, schema: $0.value) }
        properties += [
            .init(name: "partner", schema: .described(identifier, "The spacecraft's owner.")),
            .init(name: "createdBy", schema: .described(identifier, "The user who submitted it.", readOnly: true)),
            .init(name: "createdAt", schema: .described(instant, "When.", readOnly: true)),
        ]
        properties.sort { $0.name < $1.name }
        let optional = optionalTerms.subtracting(["id", "placement", "priority"])
        return .object(properties, required: properties.map(\.name).filter { !optional.contains($0) })
    }

    /// The body of `POST /api/v1/schedules`.
    static let scheduleRunBody = JSONSchema.record(
        [
            "agreement": .described(identifier, "The network agreement; needed when several pool stations."),
            "start": .described(instant, "The span's start."),
            "end": .described(instant, "The span's end; at most 7 days after the start."),
            "timeLimitSeconds": .described(.number(minimum: 0, maximum: 60), "The solver's budget; default 10 s."),
            "seed": .described(.integer(minimum: 0), "The solver's seed; default 1."),
            "setupSeconds": .described(.number(minimum: 0, maximum: 3600), "Antenna busy time before each contact."),
            "teardownSeconds": .described(.number(minimum: 0, maximum: 3600), "Antenna busy time after each contact."),
        ], optional: ["agreement", "timeLimitSeconds", "seed", "setupSeconds", "teardownSeconds"])

    /// A schedule as listed.
    static let scheduleSummary = JSONSchema.record(
        [
            "id": .string(pattern: "^sch-[0-9a-f]{16}$"),
            "agreement": identifier,
            "start": instant,
            "end": instant,
            "status": values(ScheduleRecord.Status.self),
            "parties": .described(
                .array(.record(["partner": identifier, "manages": .boolean])),
                "The agreement's parties when it was made; `manages`: it pools stations (runs and publishes)."),
            "createdBy": .described(identifier, "Shown to consortium administrators and the creator's partner."),
            "createdAt": instant,
            "publishedAt": instant,
        ], optional: ["createdBy", "publishedAt"])

    /// The metrics of a schedule (`ScheduleMetrics`).
    static let scheduleMetrics = JSONSchema.record([
        "servedSeconds": .number(), "weightedServedSeconds": .number(), "contactCount": .integer(minimum: 0),
        "wantedSeconds": .number(),
        "partners": .array(
            .record([
                "id": .string(), "share": .number(), "servedSeconds": .number(), "wantedSeconds": .number(),
                "unsatisfied": .number(), "receivedShare": .number(), "aloneSeconds": .number(),
                "guaranteeSeconds": .number(), "shortfall": .number(),
            ])),
        "missions": .described(
            .array(
                .record([
                    "name": .string(), "servedSeconds": .number(), "wantedSeconds": .number(), "unsatisfied": .number(),
                ])), "Your own missions only."),
        "partnerUMax": .number(), "partnerURMS": .number(), "missionUMax": .number(), "missionURMS": .number(),
        "jainIndex": .number(), "maxShortfall": .number(), "tolerance": .number(), "guaranteeHolds": .boolean,
    ])

    /// One partner's view of a schedule.
    static let scheduleView = JSONSchema.record(
        [
            "partner": .described(identifier, "Whose view; absent in a consortium administrator's full view."),
            "contacts": .described(
                .array(
                    .record([
                        "request": .string(), "partner": .string(), "spacecraft": .string(), "mission": .string(),
                        "resource": .string(), "start": instant, "end": instant,
                    ])), "Your partner's contacts in full (every contact in the full view)."),
            "occupancy": .described(
                .array(.record(["resource": .string(), "start": instant, "end": instant])),
                "The other partners' contacts: antenna and times only."),
            "metrics": .reference("ScheduleMetrics"),
        ], optional: ["partner"])

    /// `GET /api/v1/schedules/{id}`.
    static let scheduleDetail = JSONSchema.record([
        "schedule": .reference("ScheduleSummary"),
        "view": .reference("ScheduleView"),
        "run": .record(
            [
                "seed": .integer(minimum: 0), "timeLimitSeconds": .number(), "elapsedSeconds": .number(),
                "upperBoundSeconds": .number(), "priceOfFairness": .number(), "defaultRequests": .integer(minimum: 0),
                "notes": .described(.array(.string()), "What the builder left out; consortium administrators only."),
            ], optional: ["upperBoundSeconds", "notes"]),
    ])

    /// The scheduling components of the document.
    static var schedulingComponents: [String: JSONSchema] {
        [
            "TimeSpan": timeSpan, "ScheduleRequestBody": scheduleRequestBody, "ScheduleRequest": scheduleRequest,
            "ScheduleRequestPage": .record([
                "items": .array(.reference("ScheduleRequest")),
                "nextCursor": .described(.nullable(.string()), "Pass as `after` for the next page; null on the last."),
            ]),
            "ScheduleRunBody": scheduleRunBody, "ScheduleSummary": scheduleSummary,
            "SchedulePage": .record([
                "items": .array(.reference("ScheduleSummary")),
                "nextCursor": .described(.nullable(.string()), "Pass as `after` for the next page; null on the last."),
            ]),
            "ScheduleMetrics": scheduleMetrics, "ScheduleView": scheduleView, "ScheduleDetail": scheduleDetail,
        ]
    }
}
