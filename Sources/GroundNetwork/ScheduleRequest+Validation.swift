import Consortium
import Scheduling

extension ScheduleRequest {
    /// Checks the request's own rules, naming the field: the window ordered and at most
    /// ``maximumWindowDays`` long; `contacts` 1…10 000; durations finite and positive (minimum
    /// non-negative), the minimum not above the maximum nor the total, the total not longer
    /// than the window; the note at most 1000 characters.
    public func validate() throws(DomainError) {
        guard window.start < window.end else {
            throw DomainError(.dateOrder, field: "window.end", detail: "the window ends before it starts")
        }
        let length = window.durationSeconds
        guard length <= Self.maximumWindowDays * 86_400 else {
            throw DomainError(
                .outOfRange, field: "window.end",
                detail: "the window lasts \(Int(length / 86_400)) days; at most \(Int(Self.maximumWindowDays))")
        }
        if let contacts, !(1...10_000).contains(contacts) {
            throw DomainError(.outOfRange, field: "contacts", detail: "\(contacts) is not in 1...10000")
        }
        if let totalSeconds {
            guard totalSeconds.isFinite, totalSeconds > 0, totalSeconds <= length else {
                throw DomainError(
                    .outOfRange, field: "totalSeconds",
                    detail: "\(totalSeconds) is not a positive number of seconds within the window (\(length) s)")
            }
        }
        if let minContactSeconds, !(minContactSeconds.isFinite && minContactSeconds >= 0) {
            throw DomainError(.outOfRange, field: "minContactSeconds", detail: "\(minContactSeconds) is not ≥ 0 s")
        }
        if let maxContactSeconds, !(maxContactSeconds.isFinite && maxContactSeconds > 0) {
            throw DomainError(.outOfRange, field: "maxContactSeconds", detail: "\(maxContactSeconds) is not > 0 s")
        }
        let minimum = minContactSeconds ?? 0
        if let maxContactSeconds, minimum > maxContactSeconds {
            throw DomainError(
                .outOfRange, field: "minContactSeconds",
                detail: "\(minimum) s is longer than maxContactSeconds (\(maxContactSeconds) s)")
        }
        if let totalSeconds, minimum > totalSeconds {
            throw DomainError(
                .outOfRange, field: "minContactSeconds",
                detail: "\(minimum) s is longer than totalSeconds (\(totalSeconds) s)")
        }
        try requireNote()
    }

    private func requireNote() throws(DomainError) {
        guard let note else { return }
        guard note.count <= 1000 else {
            throw DomainError(.invalidText, field: "note", detail: "at most 1000 characters, not \(note.count)")
        }
    }

    /// The problem request for the part of the window inside `span`, or `nil` when too little is
    /// left: the clipped window must be able to hold the shortest contact. The total is cut to
    /// the clipped window's length.
    public func problemRequest(clippedTo span: TimeSpan) -> ScheduleProblem.Request? {
        let start = max(window.start, span.start)
        let end = min(window.end, span.end)
        guard start < end else { return nil }
        let clipped = TimeSpan(start: start, end: end)
        let length = clipped.durationSeconds
        guard (minContactSeconds ?? 0) <= length else { return nil }
        return ScheduleProblem.Request(
            id: id.rawValue, spacecraft: spacecraft.rawValue, partner: partner.rawValue,
            mission: mission?.rawValue, window: clipped, contacts: contacts,
            totalSeconds: totalSeconds.map { min($0, length) }, minContactSeconds: minContactSeconds ?? 0,
            maxContactSeconds: maxContactSeconds, placement: placement, priority: priority)
    }
}
