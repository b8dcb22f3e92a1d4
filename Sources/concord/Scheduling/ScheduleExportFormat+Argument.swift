import ArgumentParser
import Scheduling

/// `--format json|csv|ical|ssf` of `concord schedule`: the library's export formats.
extension ScheduleExportFormat: ExpressibleByArgument {}
