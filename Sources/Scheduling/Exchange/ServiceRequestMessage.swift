import Foundation
import Orbits

/// A CCSDS 902.9 Service Management Utilization Request (`srvMgtUtilReq`, schema
/// `902x09b01-SMURF.xsd`): its header and the online service package requests it holds.
///
/// Other kinds of request in the message (reports, deletions, trajectory submissions …) are
/// listed in ``otherRequests`` and not read further.
public struct ServiceRequestMessage: Sendable, Hashable {
    /// Who sent the message (`originatingOrganization`): the partner by default.
    public var originatingOrganization: String
    /// `generationTime`.
    public var generationTime: Instant
    /// `utilizationReqStatus`: `TEST` or `OPERATIONAL`.
    public var status: String
    /// The online service package requests, in document order.
    public var requests: [ServicePackageRequest]
    /// Requests of other kinds, by element name and line.
    public var otherRequests: [ServicePackageRequest.ElementReference]

    /// Reads a message from XML.
    /// - Throws: `ExchangeError` naming file, line, element and attribute: `.malformed` XML,
    ///   `.wrongDocument` when the root is not `srvMgtUtilReq`, `.missingField` for a missing
    ///   header, `spaceUserNode`, required attribute or pass constraint, `.duplicate` for a
    ///   constraint given twice, `.invalidValue`/`.outOfRange` for unreadable values,
    ///   `.inconsistent` for bounds that cross, `.unsupported` for an aperture given as a
    ///   position on a celestial body.
    public static func read(_ data: Data, file: String? = nil) throws(ExchangeError) -> ServiceRequestMessage {
        let root = try XMLNode.parse(data, file: file)
        let values = XMLValues(file: file)
        guard root.name == "srvMgtUtilReq" else {
            throw values.error(.wrongDocument, root, detail: "the root element is not srvMgtUtilReq (CCSDS 902.9)")
        }
        guard let header = root.children("srvMgtUtilReqHeader").first else {
            throw values.error(.missingField, root, detail: "srvMgtUtilReqHeader is missing")
        }
        var message = ServiceRequestMessage(
            originatingOrganization: try values.string(header, "originatingOrganization"),
            generationTime: try values.requiredInstant(header, "generationTime"),
            status: try values.string(header, "utilizationReqStatus"), requests: [], otherRequests: [])
        for node in root.children where node.name != "srvMgtUtilReqHeader" {
            if let kind = ServicePackageRequest.Kind(rawValue: node.name) {
                message.requests.append(try ServiceRequestReader(values: values).request(node, kind: kind))
            } else {
                message.otherRequests.append(.init(name: node.name, line: node.line))
            }
        }
        return message
    }
}
