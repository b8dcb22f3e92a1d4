import ArgumentParser
import Foundation
import Scheduling

/// `concord schedule validate --problem FILE SCHEDULE`: every rule of the problem checked
/// against the schedule by `ScheduleValidator`; exit status 1 when any is broken.
struct ScheduleValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a schedule against its problem; print each violation (exit status 1 if any).",
        discussion: """
            Each violation names the contact (its index in the schedule, request, antenna and \
            times), the rule broken and the amounts involved. A valid schedule prints its metrics.
            """)

    @Option(help: ArgumentHelp("The problem file (concord-schedule-problem JSON).", valueName: "file"))
    var problem: String

    @Argument(help: ArgumentHelp("The schedule file (concord-schedule JSON).", valueName: "schedule"))
    var schedule: String

    func run() throws {
        let resolved = try ScheduleInputs.problem(problem)
        let compiled: CompiledProblem
        do {
            compiled = try CompiledProblem(resolved)
        } catch {
            throw CommandError(.invalidContent, file: problem, "\(error)")
        }
        let contacts = try ScheduleInputs.schedule(schedule)
        let violations = ScheduleValidator(problem: resolved).violations(of: contacts)
        guard violations.isEmpty else {
            for violation in violations {
                print(Self.line(violation, schedule: contacts))
            }
            print(
                "\(schedule): \(violations.count) violation\(violations.count == 1 ? "" : "s") in \(contacts.contacts.count) contacts"
            )
            throw ExitCode(1)
        }
        print("\(schedule): valid, \(contacts.contacts.count) contacts")
        print(MetricsReport(metrics: ScheduleMetrics(problem: compiled, schedule: contacts)).text(), terminator: "")
    }

    /// One violation: the rule, then each contact at fault, then the detail.
    static func line(_ violation: Violation, schedule: Schedule) -> String {
        let named = violation.contacts.map { index -> String in
            guard schedule.contacts.indices.contains(index) else { return "contacts[\(index)]" }
            let contact = schedule.contacts[index]
            return "contacts[\(index)] (request \(contact.request) on \(contact.resource) "
                + "\(contact.start.iso8601(fractionDigits: 3, zulu: true))–\(contact.end.iso8601(fractionDigits: 3, zulu: true)))"
        }
        let subject = violation.subject.map { " [\($0)]" } ?? ""
        return "\(violation.kind): \(named.joined(separator: ", "))\(subject): \(violation.detail)"
    }
}
