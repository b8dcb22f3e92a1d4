/// One contact the solver may choose: a request on a resource over a fixed tracking span.
///
/// Full-pass requests have one candidate per usable view period; flexible requests a grid of
/// lengths and positions in each period (`CandidateSet.flexibleGrid`), stretched into free
/// time after the search.
struct Candidate: Sendable, Hashable {
    /// Index of the request.
    var request: Int32
    /// Index of the resource (antenna or group).
    var resource: Int32
    /// Index of the request's spacecraft.
    var spacecraft: Int32
    /// Index of the request's partner (its mission in a set accounting by mission).
    var partner: Int32
    /// Tracking time, milliseconds from the horizon start.
    var track: MilliSpan
    /// Antenna busy time: tracking with setup before and teardown after.
    var busy: MilliSpan
    /// Objective value: tracking seconds times the request's priority weight.
    var value: Double

    /// Tracking time, milliseconds.
    @inlinable var length: Int { track.end - track.start }
}
