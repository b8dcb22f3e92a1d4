/// Named durations of one page render, sent in the `Server-Timing` header beside the total
/// (`render;dur=41.2, schedules;dur=0.4, passes;dur=3.1, timeline;dur=12.0, template;dur=6.3`),
/// so that a slow page says where its time went without a profiler (browsers' developer tools
/// show the spans; `scripts/console-render-times.sh` prints them).
struct ServerTiming: Sendable {
    /// One span: a token name and its duration.
    struct Span: Sendable, Hashable {
        /// A header token (letters, digits, `-`).
        var name: String
        /// Duration, milliseconds.
        var milliseconds: Double
    }

    /// The spans, in the order measured.
    private(set) var spans: [Span] = []

    /// An empty list.
    init() {}

    /// Adds the span `name` from `start` to now.
    mutating func add(_ name: String, since start: ContinuousClock.Instant) {
        spans.append(Span(name: name, milliseconds: Self.milliseconds(since: start)))
    }

    /// Adds the spans of `other` after these.
    mutating func append(_ other: ServerTiming) {
        spans += other.spans
    }

    /// Runs `body` and adds its duration as the span `name`.
    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        let value = try body()
        add(name, since: start)
        return value
    }

    /// The milliseconds from `start` to now.
    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// The header value: `render;dur=<total>` first, then every span, to 0.1 ms.
    func header(total milliseconds: Double) -> String {
        var value = "render;dur=\(Self.rounded(milliseconds))"
        for span in spans { value += ", \(span.name);dur=\(Self.rounded(span.milliseconds))" }
        return value
    }

    private static func rounded(_ milliseconds: Double) -> Double { (milliseconds * 10).rounded() / 10 }
}
