import Foundation

/// A schedule: the contacts chosen for a problem's requests.
///
/// It travels as JSON (`"format": "concord-schedule", "version": 1`):
/// ```json
/// {"format": "concord-schedule", "version": 1, "problem": "week 12",
///  "contacts": [{"request": "r1", "resource": "ksat-svalbard-1",
///                "start": "2026-03-19T01:02:03.000Z", "end": "2026-03-19T01:12:03.000Z"}]}
/// ```
/// An optional `fairness` object (``FairnessBasis``) records what the schedule was solved to
/// hold, so that a re-plan holds the same.
/// `start` and `end` bound the tracking time; the antenna is also busy for the setup before
/// and the teardown after. Whether a schedule keeps the problem's rules is for
/// `ScheduleValidator` to say; reading one only checks its form.
public struct Schedule: Codable, Sendable, Hashable {
    /// The value of `format` in every schedule file.
    public static let formatName = "concord-schedule"
    /// The format version this library reads and writes.
    public static let currentVersion = 1

    /// Always ``formatName``.
    public var format: String
    /// Always ``currentVersion``.
    public var version: Int
    /// The name of the problem scheduled, when it has one.
    public var problem: String?
    /// The contacts, sorted by start, then resource.
    public var contacts: [Contact]
    /// What the schedule was solved to hold (alone times, mission floors), so that a re-plan
    /// holds the same; nil when unknown.
    public var fairness: FairnessBasis?

    /// Creates a schedule of the current format and version; contacts are sorted.
    public init(problem: String? = nil, contacts: [Contact], fairness: FairnessBasis? = nil) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.problem = problem
        self.contacts = contacts.sorted(by: Contact.isBefore)
        self.fairness = fairness
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, known: ["format", "version", "problem", "contacts", "fairness"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        problem = try container.decodeIfPresent(String.self, forKey: .problem)
        contacts = try container.decode([Contact].self, forKey: .contacts)
        fairness = try container.decodeIfPresent(FairnessBasis.self, forKey: .fairness)
    }

    /// Reads a schedule from JSON, checking its format and version.
    public static func decode(_ data: Data) throws(SchedulingError) -> Schedule {
        let schedule: Schedule
        do {
            schedule = try JSONDecoder().decode(Schedule.self, from: data)
        } catch let error as DecodingError {
            throw SchedulingError(decoding: error)
        } catch {
            throw SchedulingError(.malformed, field: "", detail: "\(error)")
        }
        guard schedule.format == formatName else {
            throw SchedulingError(
                .wrongFormat, field: "format", detail: "'\(schedule.format)' is not \"\(formatName)\"")
        }
        guard schedule.version == currentVersion else {
            throw SchedulingError(
                .unsupportedVersion, field: "version", detail: "version \(schedule.version) is not supported")
        }
        return schedule
    }

    /// The schedule as JSON, keys sorted; `pretty` indents it for people.
    public func encoded(pretty: Bool = false) throws(SchedulingError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        do {
            return try encoder.encode(self)
        } catch {
            throw SchedulingError(.invalidValue, field: "", detail: "cannot encode: \(error)")
        }
    }
}
