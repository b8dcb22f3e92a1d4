import Foundation
import Orbits

/// Writes a schedule in the formats partners use: Concord's JSON, CSV, iCalendar (one per
/// partner) and the CCSDS Simple Schedule Format (902.1). Every export is a pure function of
/// the schedule, its problem and ``options`` (same inputs, byte-identical output).
///
/// ```swift
/// let export = ScheduleExport(schedule: schedule, problem: problem,
///                             options: ScheduleExportOptions(generatedAt: now))
/// let calendar = try export.render(.ical, partner: "esa")
/// ```
public struct ScheduleExport: Sendable {
    /// The schedule written.
    public let schedule: Schedule
    /// The problem it schedules (for spacecraft, partners, setup and teardown).
    public let problem: ScheduleProblem
    /// Time of generation, issuer and statuses.
    public var options: ScheduleExportOptions

    /// Prepares exports of `schedule`, a schedule of `problem`.
    public init(schedule: Schedule, problem: ScheduleProblem, options: ScheduleExportOptions) {
        self.schedule = schedule
        self.problem = problem
        self.options = options
    }

    /// The schedule in `format`: all contacts, or only those serving `partner`'s requests.
    /// - Throws: `SchedulingError` (`.unknownReference`) when a contact names a request or
    ///   resource the problem does not have, or `partner` is not one of its partners.
    public func render(_ format: ScheduleExportFormat, partner: String? = nil) throws(SchedulingError) -> String {
        switch format {
        case .json: try json(partner: partner)
        case .csv: try csv(partner: partner)
        case .ical: try iCalendar(partner: partner)
        case .ssf: try simpleSchedule(partner: partner)
        }
    }

    /// The schedule as `concord-schedule` JSON (pretty, keys sorted), optionally one partner's.
    /// The fairness basis (every partner's alone time) goes only into the whole schedule, not
    /// into one partner's extract.
    public func json(partner: String? = nil) throws(SchedulingError) -> String {
        let kept = try contacts(partner: partner).map(\.contact)
        let fairness = partner == nil ? schedule.fairness : nil
        let data = try Schedule(problem: schedule.problem, contacts: kept, fairness: fairness).encoded(pretty: true)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The contacts with their request's spacecraft, partner and mission and the setup and
    /// teardown around them, in schedule order; only `partner`'s when it is given.
    public func contacts(partner: String? = nil) throws(SchedulingError) -> [ExportedContact] {
        if let partner, !problem.partners.contains(where: { $0.id == partner }) {
            throw SchedulingError(.unknownReference, field: "partner", detail: "no partner has id '\(partner)'")
        }
        let requests = Dictionary(problem.requests.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let antennas = Dictionary(problem.antennas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groups = Dictionary(problem.groups.map { ($0.id, $0.members) }, uniquingKeysWith: { a, _ in a })
        var result: [ExportedContact] = []
        for (index, contact) in schedule.contacts.enumerated() {
            guard let request = requests[contact.request] else {
                throw SchedulingError(
                    .unknownReference, field: "contacts[\(index)].request",
                    detail: "no request has id '\(contact.request)'")
            }
            let members: [String]
            if antennas[contact.resource] != nil {
                members = [contact.resource]
            } else if let group = groups[contact.resource] {
                members = group
            } else {
                throw SchedulingError(
                    .unknownReference, field: "contacts[\(index)].resource",
                    detail: "no antenna or group has id '\(contact.resource)'")
            }
            if let partner, request.partner != partner { continue }
            let setup = request.setupSeconds ?? members.compactMap { antennas[$0]?.setupSeconds }.max() ?? 0
            let teardown = request.teardownSeconds ?? members.compactMap { antennas[$0]?.teardownSeconds }.max() ?? 0
            result.append(
                ExportedContact(
                    contact: contact, index: index, spacecraft: request.spacecraft, partner: request.partner,
                    mission: request.missionName, antennas: members, setupSeconds: setup, teardownSeconds: teardown,
                    key: ExportedContact.key(of: contact)))
        }
        return result
    }

    /// Seconds from whole milliseconds, without trailing zeros: `600`, `600.5`, `0.025`.
    static func seconds(millis: Int) -> String {
        let sign = millis < 0 ? "-" : ""
        let whole = abs(millis) / 1000
        let fraction = abs(millis) % 1000
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    /// Seconds as whole milliseconds, then as text (see `seconds(millis:)`).
    static func seconds(_ value: Double) -> String { seconds(millis: Int((value * 1000).rounded())) }
}
