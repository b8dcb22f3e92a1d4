import Foundation
import Orbits
import Scheduling
import Testing

@Suite("iCalendar export")
struct ICalendarExportTests {
    /// The content lines of `text`: split at CRLF, continuation lines (starting with a space)
    /// joined back (RFC 5545 §3.1 unfolding).
    static func unfolded(_ text: String) -> [String] {
        var lines: [String] = []
        for physical in text.components(separatedBy: "\r\n") where !physical.isEmpty {
            if physical.hasPrefix(" ") {
                lines[lines.count - 1] += String(physical.dropFirst())
            } else {
                lines.append(physical)
            }
        }
        return lines
    }

    /// A TEXT value unescaped (`\\`, `\;`, `\,`, `\n`).
    static func unescaped(_ value: String) -> String {
        var out = ""
        var escape = false
        for character in value {
            if escape {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escape = false
            } else if character == "\\" {
                escape = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The values of property `name` in the events, in order.
    static func values(_ name: String, in text: String) -> [String] {
        unfolded(text).filter { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    @Test("CRLF only, no line over 75 octets, folds never split a UTF-8 sequence")
    func lineRules() throws {
        let text = try ExportFixture.export().iCalendar()
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at byte \(index)")
        }
        #expect(
            !bytes.enumerated().contains {
                $0.element == 0x0D && ($0.offset + 1 == bytes.count || bytes[$0.offset + 1] != 0x0A)
            })
        for physical in text.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75, "\(physical.utf8.count) octets: \(physical)")
            // Each physical line is valid UTF-8 on its own: no sequence was cut by a fold.
            #expect(String(validating: Array(physical.utf8), as: UTF8.self) != nil)
        }
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Concord//Scheduling//EN\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // The long DESCRIPTION lines were folded (some continuation lines exist).
        #expect(text.contains("\r\n "))
    }

    @Test("one event per contact with UTC times rounded outward to whole seconds")
    func events() throws {
        let text = try ExportFixture.export().iCalendar()
        #expect(
            Self.values("DTSTART", in: text) == [
                "20260319T010203Z", "20260319T020000Z", "20260319T110640Z", "20260319T135320Z",
            ])
        // 01:12:03.250 rounds up to :04, 02:30:00.500 to :01; whole seconds stay.
        #expect(
            Self.values("DTEND", in: text) == [
                "20260319T011204Z", "20260319T023001Z", "20260319T112140Z", "20260319T140320Z",
            ])
        #expect(Self.values("DTSTAMP", in: text) == Array(repeating: "20260318T120000Z", count: 4))
        #expect(
            Self.values("LOCATION", in: text).map(Self.unescaped) == ["kiruna-1", "DSS-34+35", "kiruna-1", "DSS-35"])
    }

    @Test("awkward names are escaped and read back exactly")
    func escaping() throws {
        let text = try ExportFixture.export().iCalendar()
        let summaries = Self.values("SUMMARY", in: text)
        // Backslash, comma and line break escaped as RFC 5545 §3.3.11 says.
        #expect(summaries[1] == "Sat\\\\1\\,\\nsecond line on DSS-34+35")
        #expect(Self.unescaped(summaries[1]) == ExportFixture.awkwardCraft + " on DSS-34+35")
        #expect(Self.unescaped(summaries[3]) == "Ørsted ✈️ on DSS-35")
        let description = Self.unescaped(Self.values("DESCRIPTION", in: text)[3])
        #expect(description.contains("Partner: " + ExportFixture.unicodePartner))
        #expect(description.contains("Request: r-ünï"))
        #expect(description.contains("Tracking: 2026-03-19T13:53:20.000Z – 2026-03-19T14:03:20.000Z"))
        let calendarName = Self.unescaped(Self.values("X-WR-CALNAME", in: text)[0])
        #expect(calendarName == "week 12, \"draft\"")
    }

    @Test("UIDs are stable across exports, distinct between contacts, and kept by a contact that stays")
    func stableUIDs() throws {
        let first = Self.values("UID", in: try ExportFixture.export().iCalendar())
        let again = Self.values("UID", in: try ExportFixture.export().iCalendar())
        #expect(first == again)
        #expect(Set(first).count == 4)
        #expect(first.allSatisfy { $0.hasSuffix("@concord") && $0.count == 32 + "@concord".count })
        // Re-planned: one contact moved, another dropped; the untouched ones keep their UIDs.
        var schedule = ExportFixture.schedule()
        schedule.contacts.remove(at: 3)
        schedule.contacts[2].start = schedule.contacts[2].start.adding(seconds: 60)
        let replanned = ScheduleExport(
            schedule: schedule, problem: ExportFixture.problem(),
            options: ScheduleExportOptions(generatedAt: ExportFixture.generatedAt))
        let uids = Self.values("UID", in: try replanned.iCalendar())
        #expect(uids[0] == first[0] && uids[1] == first[1])
        #expect(uids[2] != first[2])
    }

    @Test("one calendar per partner, each with its own contacts only")
    func perPartner() throws {
        let calendars = try ExportFixture.export().iCalendars()
        #expect(Set(calendars.keys) == [ExportFixture.esa, ExportFixture.awkwardPartner, ExportFixture.unicodePartner])
        #expect(Self.values("UID", in: calendars[ExportFixture.esa]!).count == 2)
        #expect(Self.values("UID", in: calendars[ExportFixture.awkwardPartner]!).count == 1)
        let name = Self.unescaped(Self.values("X-WR-CALNAME", in: calendars[ExportFixture.unicodePartner]!)[0])
        #expect(name == "week 12, \"draft\" — " + ExportFixture.unicodePartner)
    }

    @Test(
        "the icalendar Python package (RFC 5545 parser) reads the same events",
        .enabled(if: PythonReference.hasICalendar, "python3 with the icalendar package is absent: skipped"))
    func pythonReadsBack() throws {
        let file = try ExchangeData.temporary(try ExportFixture.export().iCalendar(), name: "schedule.ics")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let script = """
            import json, sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            print(json.dumps([{"uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "location": str(e["LOCATION"]),
                               "start": e.decoded("DTSTART").isoformat(), "end": e.decoded("DTEND").isoformat()}
                              for e in cal.walk("VEVENT")]))
            """
        let output = try #require(try PythonReference.run(script, file: file))
        let events = try JSONDecoder().decode([[String: String]].self, from: output)
        #expect(events.count == 4)
        #expect(events[1]["summary"] == ExportFixture.awkwardCraft + " on DSS-34+35")
        #expect(events[3]["summary"] == "Ørsted ✈️ on DSS-35")
        #expect(events[1]["start"] == "2026-03-19T02:00:00+00:00")
        #expect(events[1]["end"] == "2026-03-19T02:30:01+00:00")
        #expect(events.map { $0["location"] } == ["kiruna-1", "DSS-34+35", "kiruna-1", "DSS-35"])
    }
}
