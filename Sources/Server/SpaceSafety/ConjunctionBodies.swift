import Consortium
import Orbits
import SpaceSafety

/// The body of `POST /api/v1/screenings`: every member optional.
struct ScreeningRunBody: Codable, Sendable {
    /// Start of the span; now when absent.
    var from: Instant?
    /// Length of the span, hours (default 24, at most 168).
    var spanHours: Double?
    /// Miss distance threshold, km (default 5, at most 50).
    var thresholdKm: Double?
    /// Combined hard-body radius for the maximum Pc, m (default 20).
    var hardBodyRadiusMeters: Double?
}

/// A screening run as the API returns it (consortium administrators only).
struct ScreeningRunView: Codable, Sendable {
    var id: String
    var status: ScreeningRunRecord.Status
    var trigger: ScreeningRunRecord.Trigger
    var requestedBy: User.ID?
    var from: Instant
    var spanHours: Double
    var thresholdKm: Double
    var hardBodyRadiusMeters: Double
    var createdAt: Instant
    var finishedAt: Instant?
    var objects: Int
    var primaries: Int
    var conjunctions: Int
    var opened: Int
    var updated: Int
    var failures: [ScreeningRunRecord.Failure]
    var notes: [String]
    var error: String?

    init(_ run: ScreeningRunRecord) {
        id = run.id
        status = run.status
        trigger = run.trigger
        requestedBy = run.requestedBy
        from = run.options.start
        spanHours = run.options.spanSeconds / 3600
        thresholdKm = run.options.thresholdKm
        hardBodyRadiusMeters = run.options.hardBodyRadiusMeters
        createdAt = run.createdAt
        finishedAt = run.finishedAt
        objects = run.objects
        primaries = run.primaries
        conjunctions = run.conjunctions
        opened = run.opened
        updated = run.updated
        failures = run.failures
        notes = run.notes
        error = run.error
    }
}

/// One object of an event as a reader may see it: the registered spacecraft and its owner only
/// for its owner and consortium administrators (others see the public catalog's number and name).
struct ConjunctionObjectView: Codable, Sendable {
    var noradID: Int
    var name: String
    var spacecraft: Spacecraft.ID?
    var owner: Partner.ID?

    init(_ object: ConjunctionEventRecord.Object, for principal: Principal) {
        noradID = object.noradID
        name = object.name
        if principal.isConsortiumAdmin || object.owner == principal.partner {
            spacecraft = object.spacecraft
            owner = object.owner
        }
    }
}

/// What one run said of an event.
struct ConjunctionObservationView: Codable, Sendable {
    var run: String
    var screenedAt: Instant
    var tca: Instant
    var missDistanceKm: Double
    var relativeSpeedKmPerS: Double
    var rtnPositionKm: [Double]
    var rtnVelocityKmPerS: [Double]
    var maximumPc: Double
    var flags: [String]

    init(_ observation: ConjunctionObservation) {
        run = observation.run
        screenedAt = observation.screenedAt
        tca = observation.tca
        missDistanceKm = observation.missDistanceKm
        relativeSpeedKmPerS = observation.relativeSpeedKmPerS
        let p = observation.rtnPositionKm
        let v = observation.rtnVelocityKmPerS
        rtnPositionKm = [p.x, p.y, p.z]
        rtnVelocityKmPerS = [v.x, v.y, v.z]
        maximumPc = observation.maximumPc
        flags = observation.flags
    }
}

/// A conjunction event as the API returns it: the latest observation's figures, and in the
/// detail the history of every run that saw it.
struct ConjunctionEventView: Codable, Sendable {
    var id: String
    var primary: ConjunctionObjectView
    var secondary: ConjunctionObjectView
    var tca: Instant
    var missDistanceKm: Double
    var relativeSpeedKmPerS: Double
    var maximumPc: Double
    var hardBodyRadiusMeters: Double
    var flags: [String]
    var firstRun: String
    var firstSeenAt: Instant
    var lastRun: String
    var updatedAt: Instant
    var observationCount: Int
    /// Consortium administrators only: who may see the event.
    var partners: [Partner.ID]?
    /// In the detail only, oldest first.
    var history: [ConjunctionObservationView]?

    init(_ event: ConjunctionEventRecord, for principal: Principal, withHistory: Bool) {
        id = event.id
        primary = ConjunctionObjectView(event.primary, for: principal)
        secondary = ConjunctionObjectView(event.secondary, for: principal)
        tca = event.latest.tca
        missDistanceKm = event.latest.missDistanceKm
        relativeSpeedKmPerS = event.latest.relativeSpeedKmPerS
        maximumPc = event.latest.maximumPc
        hardBodyRadiusMeters = event.latest.options.hardBodyRadiusMeters
        flags = event.latest.flags
        firstRun = event.firstRun
        firstSeenAt = event.firstSeenAt
        lastRun = event.lastRun
        updatedAt = event.updatedAt
        observationCount = event.observationCount
        partners = principal.isConsortiumAdmin ? event.partners : nil
        history = withHistory ? event.history.map(ConjunctionObservationView.init) : nil
    }
}
