import Orbits

/// A half-open span of UTC time `[start, end)`: a request's window, a view period, an
/// antenna's downtime. In JSON: `{"start": "2026-03-19T00:00:00.000Z", "end": "…"}`.
public struct TimeSpan: Codable, Sendable, Hashable {
    /// The first instant of the span.
    public var start: Instant
    /// The instant the span ends (not part of it).
    public var end: Instant

    /// Creates a span; `end` should be after `start` (checked when a problem is validated).
    public init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }

    /// The span's length, seconds (negative when the span is reversed).
    public var durationSeconds: Double { end.seconds(since: start) }

    /// Throws `.invalidSpan` unless `end` is after `start`.
    func requireOrdered(field: String) throws(SchedulingError) {
        guard start < end else {
            throw SchedulingError(
                .invalidSpan, field: "\(field).end",
                detail: "end \(end.iso8601(fractionDigits: 3, zulu: true)) is not after start "
                    + "\(start.iso8601(fractionDigits: 3, zulu: true))")
        }
    }

    /// Throws `.invalidSpan` unless the span lies within `outer`.
    func requireInside(_ outer: TimeSpan, field: String, outerName: String) throws(SchedulingError) {
        guard start >= outer.start, end <= outer.end else {
            throw SchedulingError(.invalidSpan, field: field, detail: "the span leaves the \(outerName)")
        }
    }
}
