import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads NDM/XML OMMs with Foundation's `XMLParser` (libxml2 on Linux): a lone `<omm>`, an `<ndm>`
/// holding several, or `<omm>` elements embedded in another document (e.g. a CCSDS service
/// management request). Unqualified (NDM/XML 1.0) and namespace-qualified (2.0.0) element names
/// are both accepted; only local names count.
///
/// Inside `<omm>` the structure is checked (`header`, `body/segment/{metadata,data}`, the data
/// blocks): an element in the wrong place or given twice is an error naming its line.
final class OMMXMLReader: NSObject, XMLParserDelegate {
    private let file: String?
    private(set) var result = OMMReadResult()
    private var parser: XMLParser?
    private var builder: OMMBuilder?
    private var failed = false
    /// Element names from `omm` down to the current element, while inside an `<omm>`.
    private var stack: [String] = []
    /// Container paths already opened in the current `<omm>` (to reject a second `metadata` …).
    private var opened: Set<String> = []
    private var text = ""
    private var leaf: (name: String, line: Int, units: String?, parameter: String?)?

    private static let containers: [String: String] = [
        "header": "omm", "body": "omm", "segment": "body", "metadata": "segment", "data": "segment",
        "meanElements": "data", "spacecraftParameters": "data", "tleParameters": "data",
        "covarianceMatrix": "data", "userDefinedParameters": "data",
    ]

    init(file: String?) { self.file = file }

    /// Parses `data`; throws only when the document is not well-formed XML.
    func read(_ data: Data) throws(OMMError) -> OMMReadResult {
        // Fed as a stream: on Linux `XMLParser(data:)` fails with error 1 on documents past ~10 MB
        // (swift-corelibs-foundation issue 4851, libxml2's limit); the stream form reads in chunks.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        self.parser = parser
        defer { self.parser = nil }
        guard parser.parse() else {
            let detail = parser.parserError.map { "malformed XML (\(($0 as NSError).code))" } ?? "malformed XML"
            throw OMMError(.syntax(detail: detail), file: file, line: parser.lineNumber)
        }
        return result
    }

    private var line: Int { parser?.lineNumber ?? 0 }

    private func fail(_ error: OMMError) {
        guard !failed else { return }
        result.errors.append(error)
        failed = true
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if stack.isEmpty {
            guard elementName == "omm" else { return }
            builder = OMMBuilder(
                profile: .message, file: file, record: result.messages.count + result.errors.count + 1,
                startLine: line)
            failed = false
            opened = []
            stack = ["omm"]
            if let version = attributes["version"] {
                do throws(OMMError) { try builder!.set(.ccsdsOMMVersion, version, line: line) } catch { fail(error) }
            }
            return
        }
        let parent = stack.last!
        stack.append(elementName)
        guard !failed, let builder else { return }
        if leaf != nil {
            fail(builder.error(.unexpectedElement, line: line, key: elementName))
            return
        }
        if let expectedParent = Self.containers[elementName] {
            let path = stack.joined(separator: "/")
            if expectedParent != parent {
                fail(builder.error(.unexpectedElement, line: line, key: elementName))
            } else if opened.contains(path) {
                fail(builder.error(.duplicateKey, line: line, key: elementName))
            }
            opened.insert(path)
            return
        }
        let allowed: Bool
        if elementName == "COMMENT" {
            allowed = !["omm", "body", "segment"].contains(parent)
        } else if elementName == "USER_DEFINED" {
            allowed = parent == "userDefinedParameters"
        } else if let key = OMMKey(keyword: elementName) {
            allowed = Self.parentElement(of: key) == parent
        } else {
            fail(builder.error(.unknownKey, line: line, key: elementName))
            return
        }
        guard allowed else {
            fail(builder.error(.unexpectedElement, line: line, key: elementName))
            return
        }
        text = ""
        leaf = (elementName, line, attributes["units"], attributes["parameter"])
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if leaf != nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if leaf != nil { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard !stack.isEmpty else { return }
        stack.removeLast()
        if let leaf, leaf.name == elementName, !failed {
            self.leaf = nil
            let value = String(text.trimmingBlanks())
            do throws(OMMError) {
                if leaf.name == "USER_DEFINED" {
                    builder!.addUserDefined(name: leaf.parameter ?? "", value: value)
                } else {
                    try builder!.set(OMMKey(keyword: leaf.name)!, value, unit: leaf.units, line: leaf.line)
                }
            } catch {
                fail(error)
            }
        }
        if stack.isEmpty, let builder {
            if !failed {
                do throws(OMMError) { result.messages.append(try builder.build()) } catch { fail(error) }
            }
            self.builder = nil
            leaf = nil
        }
    }

    /// The NDM/XML element that holds `key`.
    static func parentElement(of key: OMMKey) -> String {
        switch key {
        case .ccsdsOMMVersion, .comment, .classification, .creationDate, .originator, .messageID: "header"
        case .objectName, .objectID, .centerName, .referenceFrame, .referenceFrameEpoch, .timeSystem,
            .meanElementTheory:
            "metadata"
        case .epoch, .semiMajorAxis, .meanMotion, .eccentricity, .inclination, .rightAscension,
            .argumentOfPericenter, .meanAnomaly, .gm:
            "meanElements"
        case .mass, .solarRadiationArea, .solarRadiationCoefficient, .dragArea, .dragCoefficient:
            "spacecraftParameters"
        case .ephemerisType, .classificationType, .noradCatalogID, .elementSetNumber, .revolutionAtEpoch, .bstar,
            .bterm, .meanMotionDot, .meanMotionDDot, .agom:
            "tleParameters"
        default: "covarianceMatrix"
        }
    }
}
