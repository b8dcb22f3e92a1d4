import Orbits

extension ScheduleExport {
    /// The schedule as an iCalendar (RFC 5545): one `VEVENT` per contact, only `partner`'s
    /// when it is given (a partner's calendar).
    ///
    /// Each event: `UID` = the contact's stable key at ``ScheduleExportOptions/uidDomain``,
    /// `DTSTAMP` = the time of generation, `DTSTART`/`DTEND` the tracking in UTC (`…Z`, start
    /// rounded down and end up to the whole second, since iCalendar has no fractions),
    /// `SUMMARY` = spacecraft and antenna, `LOCATION` = the antenna (or group), `DESCRIPTION`
    /// with the request, partner, mission, antennas, setup and teardown and the exact times.
    /// Lines end with CRLF and are folded at 75 octets; text is escaped (`\\`, `\;`, `\,`, `\n`).
    public func iCalendar(partner: String? = nil) throws(SchedulingError) -> String {
        let items = try contacts(partner: partner)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Concord//Scheduling//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let title = [schedule.problem ?? problem.name, partner].compactMap { $0 }.joined(separator: " — ")
        if !title.isEmpty { lines.append("X-WR-CALNAME:" + ICalendarText.escaped(title)) }
        let stamp = ICalendarText.utc(options.generatedAt, roundingUp: false)
        for item in items {
            let description = [
                "Request: \(item.contact.request)", "Partner: \(item.partner)", "Mission: \(item.mission)",
                "Spacecraft: \(item.spacecraft)", "Antennas: \(item.antennas.joined(separator: " + "))",
                "Tracking: \(item.startText) – \(item.endText)",
                "Setup: \(Self.seconds(item.setupSeconds)) s, teardown: \(Self.seconds(item.teardownSeconds)) s",
            ].joined(separator: "\n")
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendarText.escaped("\(item.key)@\(options.uidDomain)"),
                "DTSTAMP:" + stamp,
                "DTSTART:" + ICalendarText.utc(item.contact.start, roundingUp: false),
                "DTEND:" + ICalendarText.utc(item.contact.end, roundingUp: true),
                "SUMMARY:" + ICalendarText.escaped("\(item.spacecraft) on \(item.contact.resource)"),
                "LOCATION:" + ICalendarText.escaped(item.contact.resource),
                "DESCRIPTION:" + ICalendarText.escaped(description),
                "STATUS:" + (options.activityStatus == .tentative ? "TENTATIVE" : "CONFIRMED"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.folded($0) + "\r\n" }.joined()
    }

    /// One calendar per partner that has at least one contact, by partner id.
    public func iCalendars() throws(SchedulingError) -> [String: String] {
        var result: [String: String] = [:]
        for partner in Set(try contacts().map(\.partner)) {
            result[partner] = try iCalendar(partner: partner)
        }
        return result
    }
}
