import Orbits

/// A request of a `CompiledProblem`: references by index, limits and view periods in
/// milliseconds, the rules of `ScheduleProblem.Request` resolved to numbers.
public struct RequestModel: Sendable, Hashable {
    /// The request's id.
    public let id: String
    /// Index of the spacecraft.
    public let spacecraft: Int
    /// Index of the partner.
    public let partner: Int
    /// Index of the mission in `CompiledProblem.missions`.
    public let mission: Int
    /// The window, milliseconds from the horizon start.
    public let window: MilliSpan
    /// The most contacts allowed (`Int.max` when unlimited).
    public let maxContacts: Int
    /// The fewest contacts worth having: the request gets none or at least this many (1 unless
    /// `minContacts` says otherwise).
    public let minContacts: Int
    /// The shortest gap between one contact's end and the next one's start, milliseconds (0
    /// unless `minGapSeconds` says otherwise).
    public let minGapMillis: Int
    /// The most tracking time allowed in total, milliseconds (`Int.max` when unlimited).
    public let maxTotalMillis: Int
    /// The shortest contact allowed, milliseconds (a split request's minimum track).
    public let minLengthMillis: Int
    /// The longest contact allowed, milliseconds (`Int.max` when unlimited).
    public let maxLengthMillis: Int
    /// True when each contact must span a whole view period.
    public let fullPass: Bool
    /// Objective weight of one second of this request's contact time (its priority's).
    public let weight: Double
    /// The tracking time the request wants, milliseconds (the denominator of its unsatisfied
    /// fraction; 0 when a full-pass request has no usable view period).
    public let wantedMillis: Int
    /// The view periods it may use: clipped to the window (and to the allowed spans), on resources whose antennas all
    /// admit the partner, long enough for one contact; by resource, then start.
    public let periods: [UsablePeriod]

    init(
        _ request: ScheduleProblem.Request, spacecraft: Int, partner: Int, mission: Int, origin: Instant,
        viewPeriods: [(resource: Int, spans: [TimeSpan])], resources: [ResourceModel], antennas: [AntennaModel]
    ) {
        func millis(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
        id = request.id
        self.spacecraft = spacecraft
        self.partner = partner
        self.mission = mission
        let window = MilliSpan(request.window.start.millis(since: origin), request.window.end.millis(since: origin))
        self.window = window
        maxContacts = request.contacts ?? (request.split == nil ? 1 : Int.max)
        maxTotalMillis = request.totalSeconds.map(millis) ?? Int.max
        minContacts = request.minContacts ?? 1
        minGapMillis = request.minGapSeconds.map(millis) ?? 0
        let minLength = millis(request.split?.minTrackSeconds ?? request.minContactSeconds)
        minLengthMillis = minLength
        let maxLength = request.maxContactSeconds.map(millis) ?? Int.max
        maxLengthMillis = maxLength
        fullPass = request.placement == .fullPass
        weight = request.priority.weight
        var usable: [UsablePeriod] = []
        for (resource, spans) in viewPeriods {
            let members = resources[resource].members
            if members.contains(where: { antennas[$0].excluded[partner] }) { continue }
            let setup = request.setupSeconds.map(millis) ?? members.map { antennas[$0].setupMillis }.max()!
            let teardown = request.teardownSeconds.map(millis) ?? members.map { antennas[$0].teardownMillis }.max()!
            for span in spans {
                let raw = MilliSpan(span.start.millis(since: origin), span.end.millis(since: origin))
                guard let inWindow = raw.intersection(window) else { continue }
                for clipped in request.allowedPieces(of: inWindow, origin: origin) {
                    if clipped.length < max(1, minLength) { continue }
                    if request.placement == .fullPass && clipped.length > maxLength { continue }
                    usable.append(
                        UsablePeriod(resource: resource, span: clipped, setupMillis: setup, teardownMillis: teardown))
                }
            }
        }
        usable.sort { $0.resource != $1.resource ? $0.resource < $1.resource : $0.span < $1.span }
        periods = usable
        if let total = request.totalSeconds {
            wantedMillis = millis(total)
        } else if let longest = request.maxContactSeconds, let count = request.contacts {
            wantedMillis = millis(longest) * count
        } else if let longest = request.maxContactSeconds, request.placement != .fullPass {
            wantedMillis = millis(longest)
        } else {
            // Full pass without a stated amount: the `contacts` longest usable periods.
            let lengths = usable.map { min($0.span.length, maxLength) }.sorted(by: >)
            wantedMillis = lengths.prefix(request.contacts ?? lengths.count).reduce(0, +)
        }
    }

    /// True when the request may hold `count` contacts of `total` milliseconds in all.
    @inlinable
    public func admits(count: Int, total: Int) -> Bool { count <= maxContacts && total <= maxTotalMillis }
}
