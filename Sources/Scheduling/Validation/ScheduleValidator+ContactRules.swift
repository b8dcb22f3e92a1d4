extension ScheduleValidator {
    /// The rules of one contact on its own: window, view period, full pass, length, excluded
    /// partner, downtime and reservations.
    func checkContact(_ item: Resolved, contact: Contact, into found: inout [Violation]) {
        let request = problem.requests[item.request]
        let index = item.index
        let window = MilliSpan(millis(request.window.start), millis(request.window.end))
        if !window.contains(item.track) {
            found.append(
                Violation(
                    .outsideWindow, contacts: [index], subject: request.id,
                    detail: "tracking \(text(item.track.start))–\(text(item.track.end)) leaves the window "
                        + "\(text(window.start))–\(text(window.end))"))
        }
        let allowed = allowedSpans(of: request)
        if let allowed, !allowed.contains(where: { $0.contains(item.track) }) {
            found.append(
                Violation(
                    .outsideAllowedSpans, contacts: [index], subject: request.id,
                    detail: "tracking \(text(item.track.start))–\(text(item.track.end)) is not inside one of the "
                        + "request's \(allowed.count) allowed spans"))
        }
        let periods = (viewPeriods[item.request][contact.resource] ?? []).map {
            MilliSpan(millis($0.start), millis($0.end))
        }
        if periods.isEmpty {
            found.append(
                Violation(
                    .outsideViewPeriod, contacts: [index], subject: request.id,
                    detail: "the request has no view period on '\(contact.resource)'"))
        } else if !periods.contains(where: { $0.contains(item.track) }) {
            found.append(
                Violation(
                    .outsideViewPeriod, contacts: [index], subject: request.id,
                    detail: "tracking \(text(item.track.start))–\(text(item.track.end)) is not inside one view "
                        + "period on '\(contact.resource)'"))
        } else if request.placement == .fullPass,
            !periods.contains(where: { period in
                guard let clipped = period.intersection(window) else { return false }
                guard let allowed else { return clipped == item.track }
                return allowed.contains { $0.intersection(clipped) == item.track }
            })
        {
            found.append(
                Violation(
                    .notFullPass, contacts: [index], subject: request.id,
                    detail: "tracking \(text(item.track.start))–\(text(item.track.end)) is not a whole view period "
                        + "(clipped to the window and allowed spans) on '\(contact.resource)'"))
        }
        let shortest = seconds(request.split?.minTrackSeconds ?? request.minContactSeconds)
        if item.track.length < shortest {
            found.append(
                Violation(
                    .tooShort, contacts: [index], subject: request.id,
                    detail: "\(Double(item.track.length) / 1000) s is shorter than \(Double(shortest) / 1000) s"))
        }
        if let longest = request.maxContactSeconds.map(seconds), item.track.length > longest {
            found.append(
                Violation(
                    .tooLong, contacts: [index], subject: request.id,
                    detail: "\(Double(item.track.length) / 1000) s is longer than \(Double(longest) / 1000) s"))
        }
        for antennaNumber in item.antennas {
            let antenna = problem.antennas[antennaNumber]
            if antenna.excludedPartners.contains(request.partner) {
                found.append(
                    Violation(
                        .excludedPartner, contacts: [index], subject: antenna.id,
                        detail: "owner '\(antenna.owner)' excludes partner '\(request.partner)'"))
            }
            for span in antenna.downtime {
                let down = MilliSpan(millis(span.start), millis(span.end))
                if down.overlaps(item.busy) {
                    found.append(
                        Violation(
                            .downtime, contacts: [index], subject: antenna.id,
                            detail: "busy \(text(item.busy.start))–\(text(item.busy.end)) overlaps downtime "
                                + "\(text(down.start))–\(text(down.end))"))
                }
            }
            guard antenna.owner != request.partner else { continue }
            for span in antenna.reservations {
                let reserved = MilliSpan(millis(span.start), millis(span.end))
                if reserved.overlaps(item.busy) {
                    found.append(
                        Violation(
                            .reserved, contacts: [index], subject: antenna.id,
                            detail: "partner '\(request.partner)' uses it during owner '\(antenna.owner)''s "
                                + "reservation \(text(reserved.start))–\(text(reserved.end))"))
                }
            }
        }
    }

    /// Each request's number of contacts (at most `contacts`, none or at least `minContacts`), the gaps
    /// between them (`minGapSeconds`) and total tracking time.
    func checkRequestLimits(_ items: [Resolved], into found: inout [Violation]) {
        var byRequest = [[Resolved]](repeating: [], count: problem.requests.count)
        for item in items { byRequest[item.request].append(item) }
        for (number, list) in byRequest.enumerated() where !list.isEmpty {
            let request = problem.requests[number]
            let limit = request.contacts ?? (request.split == nil ? 1 : Int.max)
            if list.count > limit {
                found.append(
                    Violation(
                        .tooManyContacts, contacts: list.map(\.index), subject: request.id,
                        detail: "\(list.count) contacts, at most \(limit) allowed"))
            }
            if let least = request.minContacts, list.count < least {
                found.append(
                    Violation(
                        .tooFewContacts, contacts: list.map(\.index), subject: request.id,
                        detail: "\(list.count) contacts, none or at least \(least) wanted"))
            }
            if let gap = request.minGapSeconds.map(seconds), gap > 0 {
                let ordered = list.sorted { $0.track.start < $1.track.start }
                for (a, b) in zip(ordered, ordered.dropFirst()) where b.track.start - a.track.end < gap {
                    found.append(
                        Violation(
                            .tooClose, contacts: [a.index, b.index], subject: request.id,
                            detail: "\(Double(b.track.start - a.track.end) / 1000) s between contacts, at least "
                                + "\(Double(gap) / 1000) s required"))
                }
            }
            let total = list.reduce(0) { $0 + $1.track.length }
            if let cap = request.totalSeconds.map(seconds), total > cap {
                found.append(
                    Violation(
                        .overTotal, contacts: list.map(\.index), subject: request.id,
                        detail: "\(Double(total) / 1000) s in all, at most \(Double(cap) / 1000) s allowed"))
            }
        }
    }
}
