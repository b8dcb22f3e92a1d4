import Foundation

extension SimpleSchedule {
    /// Reads a Simple Schedule (CCSDS 902.1) from XML: the header, every `scheduledPackage`
    /// and its `scheduledActivity` elements with their `serviceInfo` and the package's
    /// `stringParameter`s. Other elements (parameters of other types, `servicePackageXRef`,
    /// `scheduledPkgAssn`, extensions) are skipped.
    /// - Throws: `ExchangeError` naming file, line, element and attribute: `.malformed` XML,
    ///   `.wrongDocument` when the root is not `simpleSchedule`, `.missingField` for a missing
    ///   header or required attribute, `.invalidValue` for a time or number that cannot be read,
    ///   `.inconsistent` for a track that ends before it begins.
    public static func read(_ data: Data, file: String? = nil) throws(ExchangeError) -> SimpleSchedule {
        let root = try XMLNode.parse(data, file: file)
        let values = XMLValues(file: file)
        guard root.name == "simpleSchedule" else {
            throw values.error(.wrongDocument, root, detail: "the root element is not simpleSchedule (CCSDS 902.1)")
        }
        guard let head = root.children("simpleScheduleHeader").first else {
            throw values.error(.missingField, root, detail: "simpleScheduleHeader is missing")
        }
        let header = Header(
            originatingOrganization: try values.string(head, "originatingOrganization"),
            generationTime: try values.requiredInstant(head, "generationTime"),
            status: try values.string(head, "status"), inclusionType: try values.string(head, "inclusionType"),
            version: try values.requiredInteger(head, "version", minimum: 1),
            startTime: try values.instant(head, "startTime"), endTime: try values.instant(head, "endTime"),
            purpose: head.attributes["purpose"], description: head.attributes["description"])
        var packages: [Package] = []
        for node in root.children("scheduledPackage") {
            var parameters: [String: String] = [:]
            for parameter in node.children("stringParameter") {
                parameters[try values.string(parameter, "name")] = try values.string(parameter, "value")
            }
            var activities: [Activity] = []
            for item in node.children("scheduledActivity") {
                activities.append(try activity(item, values: values))
            }
            guard !activities.isEmpty else {
                throw values.error(.missingField, node, detail: "a scheduled package needs a scheduledActivity")
            }
            packages.append(
                Package(
                    id: try values.string(node, "scheduledPackageId"), user: try values.string(node, "user"),
                    originatingRequestId: node.attributes["originatingRequestId"], comment: node.attributes["comment"],
                    parameters: parameters, activities: activities, line: node.line))
        }
        return SimpleSchedule(header: header, packages: packages)
    }

    /// One `scheduledActivity`.
    private static func activity(_ node: XMLNode, values: XMLValues) throws(ExchangeError) -> Activity {
        let start = try values.requiredInstant(node, "beginningOfTrack")
        let end = try values.requiredInstant(node, "endOfTrack")
        guard start < end else {
            throw values.error(
                .inconsistent, node, attribute: "endOfTrack", value: node.attributes["endOfTrack"],
                detail: "the track ends before it begins")
        }
        var services: [Service] = []
        for info in node.children("serviceInfo") {
            services.append(
                Service(
                    serviceType: try values.string(info, "serviceType"),
                    frequencyBand: try values.string(info, "frequencyBand")))
        }
        return Activity(
            id: try values.string(node, "scheduledActivityId"), status: try values.string(node, "activityStatus"),
            siteRef: try values.string(node, "siteRef"), apertureRef: try values.string(node, "apertureRef"),
            beginningOfActivity: try values.instant(node, "beginningOfActivity"), beginningOfTrack: start,
            endOfTrack: end, endOfActivity: try values.instant(node, "endOfActivity"), services: services,
            line: node.line)
    }
}
