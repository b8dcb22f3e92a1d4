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

/// The text rules of RFC 5545: escaping of TEXT values, line folding, UTC date-times.
enum ICalendarText {
    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped with a
    /// backslash, every line break (CRLF, LF or CR) written `\n`; other control characters,
    /// which TEXT cannot hold, become spaces (tab is kept).
    static func escaped(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets, each
    /// continuation starting with one space, never inside a UTF-8 sequence. Without the CRLF.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }

    /// A UTC DATE-TIME (`20260319T010203Z`), the fraction of a second dropped or, with
    /// `roundingUp`, carried up to the next whole second.
    static func utc(_ instant: Instant, roundingUp: Bool) -> String {
        var text = instant.iso8601(fractionDigits: 3)
        let millis = Int(text.suffix(3))!
        if roundingUp && millis != 0 {
            text = instant.adding(seconds: Double(1000 - millis) / 1000).iso8601(fractionDigits: 3)
        }
        let digits = text.prefix(19).filter { $0 != "-" && $0 != ":" }
        return String(digits) + "Z"
    }
}
