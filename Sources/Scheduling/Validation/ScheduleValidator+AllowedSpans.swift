extension ScheduleValidator {
    /// The request's allowed spans in milliseconds from the horizon start, sorted, with
    /// overlapping or touching spans joined; nil when it lists none. Written here apart from
    /// the compiled model's own version, so that a mistake in one cannot hide in the other.
    func allowedSpans(of request: ScheduleProblem.Request) -> [MilliSpan]? {
        guard let spans = request.allowedSpans else { return nil }
        var joined: [MilliSpan] = []
        for span in spans.map({ MilliSpan(millis($0.start), millis($0.end)) }).sorted(by: { $0.start < $1.start }) {
            guard span.start < span.end else { continue }
            if let last = joined.last, span.start <= last.end {
                joined[joined.count - 1] = MilliSpan(last.start, max(last.end, span.end))
            } else {
                joined.append(span)
            }
        }
        return joined
    }
}
