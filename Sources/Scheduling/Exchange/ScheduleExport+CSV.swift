import Foundation

extension ScheduleExport {
    /// The columns of the CSV export, in order.
    public static let csvColumns = [
        "antenna", "spacecraft", "partner", "request", "start", "end", "durationSeconds", "setupSeconds",
        "teardownSeconds",
    ]

    /// The schedule as CSV (RFC 4180): a header row, then one row per contact in schedule order.
    ///
    /// `antenna` is the resource (an antenna or a group); `start` and `end` bound the tracking,
    /// ISO-8601 UTC to the millisecond; durations are seconds. Records end with CRLF; a field
    /// holding a comma, a double quote, CR or LF is enclosed in double quotes with inner quotes
    /// doubled. Text is UTF-8 and passes through unchanged.
    public func csv(partner: String? = nil) throws(SchedulingError) -> String {
        var out = Self.csvRecord(Self.csvColumns)
        for item in try contacts(partner: partner) {
            out += Self.csvRecord([
                item.contact.resource, item.spacecraft, item.partner, item.contact.request, item.startText,
                item.endText, Self.seconds(millis: item.durationMillis), Self.seconds(item.setupSeconds),
                Self.seconds(item.teardownSeconds),
            ])
        }
        return out
    }

    /// One CSV record with its CRLF.
    static func csvRecord(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    /// A field as RFC 4180 writes it: quoted when it holds `,`, `"`, CR or LF, quotes doubled.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
