import Orbits

/// Converts one service package request (see `StandingOrderImport`), collecting notes.
struct StandingOrderConverter {
    let source: ServicePackageRequest
    let options: StandingOrderImport.Options
    let partner: String
    let file: String?
    var notes: [StandingOrderImport.Note] = []

    init(source: ServicePackageRequest, options: StandingOrderImport.Options, partner: String, file: String?) {
        self.source = source
        self.options = options
        self.partner = partner
        self.file = file
    }

    mutating func note(_ element: String, line: Int? = nil, _ detail: String) {
        notes.append(
            StandingOrderImport.Note(
                request: source.serviceRequestID, line: line ?? source.line, element: element, detail: detail))
    }

    mutating func request() throws(ExchangeError) -> ScheduleProblem.Request {
        var request = ScheduleProblem.Request(
            id: source.serviceRequestID, spacecraft: options.spacecraft[source.spaceUserNode] ?? source.spaceUserNode,
            partner: partner, window: TimeSpan(start: Instant(julianDay: 0), end: Instant(julianDay: 0)),
            priority: try priority(), resources: resources())
        if let pass = source.basicPass {
            let earliest = pass.earliestStart ?? pass.preferredStart
            let latest = pass.latestStart ?? pass.preferredStart
            let longest = pass.maximumSeconds ?? pass.preferredSeconds
            request.window = TimeSpan(start: earliest, end: latest.adding(seconds: Double(longest)))
            request.contacts = 1
            request.minContactSeconds = Double(pass.minimumSeconds ?? pass.preferredSeconds)
            request.maxContactSeconds = Double(longest)
            note("basicPass", "the preferred start and duration are not kept (any start and length within the bounds)")
            if pass.latestStart != nil || pass.maximumSeconds != nil {
                note(
                    "basicPass",
                    "the latest start is approximated: the pass must end by latest start + longest duration")
            }
        }
        if let order = source.standingOrder {
            request.window = TimeSpan(start: order.start, end: order.end)
            request.minContacts = order.minPasses
            if let most = order.maxPasses {
                request.contacts = most
            } else {
                // Unlimited: as many passes as the period can hold, each at least a second long.
                let shortest = max(1, source.passDuration?.minimum ?? 0) + (source.passInterval?.minimum ?? 0)
                request.contacts = max(order.minPasses ?? 1, order.durationSeconds / shortest + 1)
                note(
                    "standingOrder",
                    "no maxNumOfPasses: contacts set to the \(request.contacts!) passes the period can hold")
            }
            if let least = source.passDuration?.minimum { request.minContactSeconds = Double(least) }
            if let most = source.passDuration?.maximum { request.maxContactSeconds = Double(most) }
            request.placement = request.maxContactSeconds == nil ? .fullPass : .flexible
            if let gap = source.passInterval?.minimum, gap > 0 { request.minGapSeconds = Double(gap) }
            if source.passInterval?.maximum != nil {
                note("passInterval", "maxIntBetweenPasses is not modelled (no upper bound on the gap between passes)")
            }
            if !source.dailyTimes.isEmpty {
                request.allowedSpans = try allowedSpans(order)
            }
        } else if !source.dailyTimes.isEmpty || source.passDuration != nil || source.passInterval != nil {
            note("basicPass", "pass duration, interval and daily times apply to standing orders only: ignored")
        }
        let preferences = Set(source.apertures.compactMap(\.priority))
        if preferences.count > 1 {
            note(
                "apertureSelection", "aperture preference (priority) is not modelled: every listed aperture is allowed")
        }
        for other in source.otherConstraints {
            note(other.name, line: other.line, "constraint not modelled: ignored")
        }
        return request
    }

    /// The request's priority parameter, or the default.
    func priority() throws(ExchangeError) -> ScheduleProblem.Priority {
        guard let text = source.parameters["priority"] else { return options.priority }
        guard let priority = ScheduleProblem.Priority(rawValue: text.lowercased()) else {
            throw ExchangeError(
                .invalidValue, file: file, line: source.line, element: source.kind.rawValue, attribute: "priority",
                value: text, detail: "not a priority (routine, critical, emergency)")
        }
        return priority
    }

    /// The apertures as resource ids, nil when none is listed (every antenna with a site).
    func resources() -> [String]? {
        guard !source.apertures.isEmpty else { return nil }
        var ids: [String] = []
        for choice in source.apertures {
            let name = choice.apertureRef ?? choice.siteRef
            let id = options.resources[name] ?? name
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
