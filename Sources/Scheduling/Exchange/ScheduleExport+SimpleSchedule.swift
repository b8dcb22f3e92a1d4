import Orbits

extension ScheduleExport {
    /// The namespace of the CCSDS service management schemas (902.x).
    public static let ccsdsServiceManagementNamespace = "urn:ccsds:schema:cssm:1.0.0"

    /// The schedule as a CCSDS Simple Schedule (902.1, schema `902x01w02-SSF.xsd`): all
    /// contacts, or only `partner`'s.
    ///
    /// The header carries the issuer, time of generation, status, `OVERLAP_INCLUSION`, the
    /// version, the problem's horizon as start and end time and the problem's name as
    /// description. Each contact is one `scheduledPackage` (id `C` + the contact's key, `user` =
    /// the spacecraft, `originatingRequestId` = the request, with `stringParameter`s `partner`,
    /// `mission` and `resource`) holding one `scheduledActivity` per antenna it occupies (a
    /// group's members each get one): `siteRef` and `apertureRef` = the antenna,
    /// `beginningOfActivity` … `endOfActivity` the busy time with setup and teardown,
    /// `beginningOfTrack` … `endOfTrack` the tracking, as CCSDS ASCII time code B
    /// (`2026-078T01:02:03.000Z`). The service is not part of the problem, so each activity
    /// states `serviceType="TBD"` and `frequencyBand="N/A"`.
    public func simpleSchedule(partner: String? = nil) throws(SchedulingError) -> String {
        let items = try contacts(partner: partner)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<simpleSchedule xmlns=\"\(Self.ccsdsServiceManagementNamespace)\">\n"
        var header: [(String, String)] = [
            ("originatingOrganization", options.organization),
            ("generationTime", Self.ccsdsTime(options.generatedAt)),
            ("status", options.scheduleStatus.rawValue),
            ("inclusionType", "OVERLAP_INCLUSION"),
            ("version", String(max(1, options.scheduleVersion))),
            ("startTime", Self.ccsdsTime(problem.horizon.start)),
            ("endTime", Self.ccsdsTime(problem.horizon.end)),
            ("purpose", partner.map { "Contacts of partner \($0)" } ?? "Contacts of the shared ground network"),
        ]
        if let name = schedule.problem ?? problem.name { header.append(("description", name)) }
        out += "  " + XMLText.element("simpleScheduleHeader", header, close: true) + "\n"
        var used: Set<String> = []
        for item in items {
            var id = "C" + item.key
            var suffix = 2
            while !used.insert(id).inserted {
                id = "C\(item.key)-\(suffix)"
                suffix += 1
            }
            let package: [(String, String)] = [
                ("scheduledPackageId", id), ("user", item.spacecraft), ("originatingRequestId", item.contact.request),
            ]
            out += "  " + XMLText.element("scheduledPackage", package, close: false) + "\n"
            for (name, value) in [
                ("partner", item.partner), ("mission", item.mission), ("resource", item.contact.resource),
            ] {
                out +=
                    "    " + XMLText.element("stringParameter", [("name", name), ("value", value)], close: true) + "\n"
            }
            for (number, antenna) in item.antennas.enumerated() {
                let activity: [(String, String)] = [
                    ("scheduledActivityId", "\(id)-\(number + 1)"),
                    ("activityStatus", options.activityStatus.rawValue),
                    ("siteRef", antenna), ("apertureRef", antenna),
                    ("beginningOfActivity", Self.ccsdsTime(item.activityStart)),
                    ("beginningOfTrack", Self.ccsdsTime(item.contact.start)),
                    ("endOfTrack", Self.ccsdsTime(item.contact.end)),
                    ("endOfActivity", Self.ccsdsTime(item.activityEnd)),
                ]
                out += "    " + XMLText.element("scheduledActivity", activity, close: false) + "\n"
                out += "      <serviceInfo serviceType=\"TBD\" frequencyBand=\"N/A\"/>\n"
                out += "    </scheduledActivity>\n"
            }
            out += "  </scheduledPackage>\n"
        }
        out += "</simpleSchedule>\n"
        return out
    }

    /// CCSDS ASCII time code B (day of year), UTC to the millisecond: `2026-078T01:02:03.000Z`.
    static func ccsdsTime(_ instant: Instant) -> String {
        instant.iso8601(fractionDigits: 3, zulu: true, dayOfYear: true)
    }
}
