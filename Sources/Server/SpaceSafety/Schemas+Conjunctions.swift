import SpaceSafety

extension Schemas {
    /// The body of `POST /api/v1/screenings`.
    static let screeningRunBody = JSONSchema.record(
        [
            "from": .described(instant, "Start of the span; now when absent."),
            "spanHours": .described(.number(minimum: 0, maximum: 168), "Length of the span, hours; default 24."),
            "thresholdKm": .described(.number(minimum: 0, maximum: 50), "Miss distance threshold, km; default 5."),
            "hardBodyRadiusMeters": .described(
                .number(minimum: 0, maximum: 1000), "Combined hard-body radius for the maximum Pc, m; default 20."),
        ], optional: ["from", "spanHours", "thresholdKm", "hardBodyRadiusMeters"])

    /// A screening run.
    static let screeningRun = JSONSchema.record(
        [
            "id": .string(pattern: "^scr-[0-9a-f]{16}$"),
            "status": values(ScreeningRunRecord.Status.self),
            "trigger": values(ScreeningRunRecord.Trigger.self),
            "requestedBy": identifier,
            "from": instant, "spanHours": .number(), "thresholdKm": .number(), "hardBodyRadiusMeters": .number(),
            "createdAt": instant, "finishedAt": instant,
            "objects": .integer(minimum: 0), "primaries": .integer(minimum: 0),
            "conjunctions": .integer(minimum: 0), "opened": .integer(minimum: 0), "updated": .integer(minimum: 0),
            "failures": .described(
                .array(.record(["noradID": .integer(minimum: 1), "name": .string(), "detail": .string()])),
                "Objects SGP4 could not propagate over the span (reported, not dropped)."),
            "notes": .described(.array(.string()), "What the run left out, one sentence each."),
            "error": .described(.string(), "Why the run failed."),
        ], optional: ["requestedBy", "finishedAt", "error"])

    /// One object of an event.
    static let conjunctionObject = JSONSchema.record(
        [
            "noradID": .integer(minimum: 1), "name": .string(),
            "spacecraft": .described(identifier, "The registered spacecraft; shown to its owner and administrators."),
            "owner": .described(identifier, "Its owner; shown to the owner and administrators."),
        ], optional: ["spacecraft", "owner"])

    /// A three-vector on the primary's R/T/N axes.
    static let rtn = JSONSchema.array(.number(), maxItems: 3)

    /// What one run said of an event.
    static let conjunctionObservation = JSONSchema.record([
        "run": .string(), "screenedAt": instant, "tca": instant, "missDistanceKm": .number(minimum: 0),
        "relativeSpeedKmPerS": .number(minimum: 0), "rtnPositionKm": rtn, "rtnVelocityKmPerS": rtn,
        "maximumPc": .number(minimum: 0, maximum: 1), "flags": .array(.string()),
    ])

    /// A conjunction event.
    static let conjunctionEvent = JSONSchema.record(
        [
            "id": .described(.string(), "`PRIMARY-SECONDARY-TCA`: NORAD ids and the first TCA to the second."),
            "primary": .reference("ConjunctionObject"), "secondary": .reference("ConjunctionObject"),
            "tca": instant, "missDistanceKm": .number(minimum: 0), "relativeSpeedKmPerS": .number(minimum: 0),
            "maximumPc": .described(
                .number(minimum: 0, maximum: 1),
                "Maximum probability of collision over any circular covariance (element sets carry none)."),
            "hardBodyRadiusMeters": .number(minimum: 0),
            "flags": .described(.array(.string()), "`comoving`, `span-start`, `span-end`."),
            "firstRun": .string(), "firstSeenAt": instant, "lastRun": .string(), "updatedAt": instant,
            "observationCount": .integer(minimum: 1),
            "partners": .described(.array(identifier), "Who may see it; consortium administrators only."),
            "history": .described(
                .array(.reference("ConjunctionObservation")), "Every run's view, oldest first; in the detail only."),
        ], optional: ["partners", "history"])

    /// The space safety components of the document.
    static var conjunctionComponents: [String: JSONSchema] {
        [
            "ScreeningRunBody": screeningRunBody, "ScreeningRun": screeningRun, "ConjunctionObject": conjunctionObject,
            "ConjunctionObservation": conjunctionObservation, "ConjunctionEvent": conjunctionEvent,
            "ConjunctionPage": .record([
                "items": .array(.reference("ConjunctionEvent")),
                "nextCursor": .described(.nullable(.string()), "Pass as `after` for the next page; null on the last."),
            ]),
        ]
    }
}
