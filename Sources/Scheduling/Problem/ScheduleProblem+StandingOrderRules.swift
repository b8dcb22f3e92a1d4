import Orbits

extension ScheduleProblem.Request {
    /// Checks the optional rules a CCSDS 902.9 standing order brings: `allowedSpans` ordered,
    /// inside the window and not empty; `minContacts` at least 1 and at most `contacts`;
    /// `minGapSeconds` not negative.
    func validateStandingOrderRules(field: String) throws(SchedulingError) {
        if let allowedSpans {
            guard !allowedSpans.isEmpty else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).allowedSpans",
                    detail: "an empty list allows no time at all (leave the field out to allow the whole window)")
            }
            for (index, span) in allowedSpans.enumerated() {
                try span.requireOrdered(field: "\(field).allowedSpans[\(index)]")
                try span.requireInside(window, field: "\(field).allowedSpans[\(index)]", outerName: "request's window")
            }
        }
        if let minContacts {
            guard minContacts >= 1 else {
                throw SchedulingError(
                    .outOfRange, field: "\(field).minContacts", detail: "\(minContacts) is not at least 1")
            }
            let most = contacts ?? (split == nil ? 1 : Int.max)
            guard minContacts <= most else {
                throw SchedulingError(
                    .inconsistent, field: "\(field).minContacts",
                    detail: "\(minContacts) is more than the \(most) contacts the request allows")
            }
        }
        if let minGapSeconds {
            try ScheduleProblem.requireSeconds(minGapSeconds, field: "\(field).minGapSeconds")
        }
    }

    /// The parts of `span` (milliseconds from `origin`, already clipped to the window) that lie
    /// in the allowed spans, merged and in order; `[span]` when the request has none.
    func allowedPieces(of span: MilliSpan, origin: Instant) -> [MilliSpan] {
        guard let allowed = allowedMilliSpans(origin: origin) else { return [span] }
        return allowed.compactMap { $0.intersection(span) }
    }

    /// The allowed spans in milliseconds from `origin`, sorted with overlapping or touching
    /// spans merged; nil when the request has none.
    func allowedMilliSpans(origin: Instant) -> [MilliSpan]? {
        guard let allowedSpans else { return nil }
        let spans = allowedSpans.map { MilliSpan($0.start.millis(since: origin), $0.end.millis(since: origin)) }
            .filter { $0.start < $0.end }.sorted()
        var merged: [MilliSpan] = []
        for span in spans {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
