import Orbits

/// Checks every rule of a problem against any schedule and reports each violation.
///
/// It is written apart from the solver and shares none of its code beyond the problem types,
/// so that a solver bug cannot hide itself: every solver test runs its schedule through it.
/// Times are compared in whole milliseconds from the horizon start (the schedule format's
/// resolution). The rules: contacts name known requests and resources; tracking lies inside
/// the request's window and one of its view periods on that resource (the whole period for
/// full-pass requests) and, when it lists some, one of its allowed spans; lengths, counts
/// (at most `contacts`; none or at least `minContacts`), gaps (`minGapSeconds`) and totals
/// within the request's limits; no antenna busy twice at once (setup and teardown included, groups occupying every member); no
/// spacecraft tracked twice at once unless it allows it; no downtime; no reservation of
/// another owner; no excluded partner.
public struct ScheduleValidator: Sendable {
    /// The problem schedules are checked against.
    public let problem: ScheduleProblem
    let requestIndex: [String: Int]
    let antennaIndex: [String: Int]
    /// Member antenna indices of each resource id (one for an antenna).
    let members: [String: [Int]]
    /// View periods by request index, then resource id.
    let viewPeriods: [[String: [TimeSpan]]]
    let partnerOfAntenna: [String]

    /// Prepares the lookups for `problem` (which should have passed `validate()`).
    public init(problem: ScheduleProblem) {
        self.problem = problem
        requestIndex = Dictionary(problem.requests.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        antennaIndex = Dictionary(problem.antennas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var members: [String: [Int]] = [:]
        for (index, antenna) in problem.antennas.enumerated() { members[antenna.id] = [index] }
        let antennaIndex = self.antennaIndex
        for group in problem.groups { members[group.id] = group.members.compactMap { antennaIndex[$0] } }
        self.members = members
        var viewPeriods = [[String: [TimeSpan]]](repeating: [:], count: problem.requests.count)
        let requestIndex = self.requestIndex
        for entry in problem.viewPeriods {
            guard let request = requestIndex[entry.request] else { continue }
            viewPeriods[request][entry.resource, default: []].append(contentsOf: entry.periods)
        }
        self.viewPeriods = viewPeriods
        partnerOfAntenna = problem.antennas.map(\.owner)
    }

    /// Every violation of `schedule`, in the order: per-contact rules (contact order), per-request
    /// limits, antenna overlaps, spacecraft overlaps. Empty when the schedule is valid.
    public func violations(of schedule: Schedule) -> [Violation] {
        var found: [Violation] = []
        var resolved: [Resolved] = []
        for (index, contact) in schedule.contacts.enumerated() {
            if let item = resolve(contact, index: index, into: &found) {
                checkContact(item, contact: contact, into: &found)
                resolved.append(item)
            }
        }
        checkRequestLimits(resolved, into: &found)
        checkAntennaOverlaps(resolved, into: &found)
        checkSpacecraftOverlaps(resolved, into: &found)
        return found
    }

    /// The contact's indices and spans, or nil (with a violation) when it names an unknown
    /// request or resource or is empty.
    func resolve(_ contact: Contact, index: Int, into found: inout [Violation]) -> Resolved? {
        guard let requestNumber = requestIndex[contact.request] else {
            found.append(
                Violation(.unknownRequest, contacts: [index], subject: contact.request, detail: "no such request"))
            return nil
        }
        guard let antennas = members[contact.resource] else {
            found.append(
                Violation(
                    .unknownResource, contacts: [index], subject: contact.resource, detail: "no such antenna or group"))
            return nil
        }
        let request = problem.requests[requestNumber]
        let track = MilliSpan(millis(contact.start), millis(contact.end))
        guard track.start < track.end else {
            found.append(
                Violation(.emptyContact, contacts: [index], subject: contact.request, detail: "end is not after start"))
            return nil
        }
        let setup = seconds(request.setupSeconds ?? antennas.map { problem.antennas[$0].setupSeconds }.max() ?? 0)
        let teardown = seconds(
            request.teardownSeconds ?? antennas.map { problem.antennas[$0].teardownSeconds }.max() ?? 0)
        return Resolved(
            index: index, request: requestNumber, antennas: antennas, track: track,
            busy: MilliSpan(track.start - setup, track.end + teardown))
    }

    /// Milliseconds from the horizon start.
    func millis(_ instant: Instant) -> Int { instant.millis(since: problem.horizon.start) }

    /// Seconds as whole milliseconds.
    func seconds(_ value: Double) -> Int { Int((value * 1000).rounded()) }

    /// An instant for messages: ISO-8601 UTC to the millisecond.
    func text(_ millis: Int) -> String {
        problem.horizon.start.adding(seconds: Double(millis) / 1000).iso8601(fractionDigits: 3, zulu: true)
    }
}
