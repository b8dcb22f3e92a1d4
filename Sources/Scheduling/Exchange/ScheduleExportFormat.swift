/// The formats a schedule can be written in (`concord schedule … --format`).
///
/// `json` is Concord's own schedule format; the others are for the partners' tools: a
/// spreadsheet (`csv`), a calendar (`ical`, one per partner) and the CCSDS Simple Schedule
/// Format (`ssf`, CCSDS 902.1) that ground-segment software exchanges. See `ScheduleExport`.
public enum ScheduleExportFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `concord-schedule` version 1 JSON (readable back with `Schedule.decode`).
    case json
    /// One row per contact, RFC 4180 (comma-separated, CRLF, double-quoted where needed).
    case csv
    /// An RFC 5545 iCalendar with one event per contact, usually one calendar per partner.
    case ical
    /// CCSDS 902.1 Simple Schedule Format XML (namespace `urn:ccsds:schema:cssm:1.0.0`).
    case ssf

    /// The usual file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .csv: "csv"
        case .ical: "ics"
        case .ssf: "xml"
        }
    }

    /// The media type to serve the format with (e.g. over HTTP).
    public var mediaType: String {
        switch self {
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .ical: "text/calendar; charset=utf-8"
        case .ssf: "application/xml"
        }
    }

    /// True for formats usually written once per partner (a partner's calendar holds its own
    /// contacts only); the others hold the whole network's schedule unless filtered.
    public var isPerPartner: Bool { self == .ical }

    public var description: String { rawValue }
}
