import ArgumentParser

/// How `concord schedule` writes a schedule. Only JSON for now; the exchange formats (CSV,
/// iCalendar, CCSDS) join as cases here.
enum ScheduleOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// The `concord-schedule` JSON format, indented.
    case json
}
