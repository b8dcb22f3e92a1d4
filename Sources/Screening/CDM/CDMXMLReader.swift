import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an NDM/XML CDM (`<cdm>` alone or inside an `<ndm>`) with Foundation's `XMLParser`
/// into a ``CDMBuilder``. Only local names count (1.0 unqualified and 2.0.0 qualified schemas).
/// An element the CDM structure does not have is an error naming its line; `nil="true"`
/// elements are empty values (absent when optional, an error when mandatory).
final class CDMXMLReader: NSObject, XMLParserDelegate {
    private let file: String?
    private var builder: CDMBuilder
    private var parser: XMLParser?
    private var error: CDMError?
    private var stack: [String] = []
    private var text = ""
    private var leaf: (name: String, line: Int, unit: String?, isNil: Bool)?
    private var sawCDM = false
    private var cdmCount = 0

    private static let containers: Set<String> = [
        "header", "body", "relativeMetadataData", "relativeStateVector", "segment", "metadata", "data",
        "odParameters", "additionalParameters", "stateVector", "covarianceMatrix",
        // CDM 2.0 containers, read leniently like their keywords.
        "sigmaEigenvectorsCovariance", "additionalCovarianceMetadata", "userDefinedParameters", "xyzCovarianceMatrix",
        "csigCovarianceMatrix",
    ]

    init(file: String?) {
        self.file = file
        builder = CDMBuilder(file: file)
    }

    func read(_ text: String) throws(CDMError) -> CDMReadResult {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        self.parser = parser
        defer { self.parser = nil }
        let ok = parser.parse()
        if let error { throw error }
        guard ok else {
            throw CDMError(.syntax(detail: "malformed XML"), file: file, line: parser.lineNumber)
        }
        guard sawCDM else { throw CDMError(.noMessage, file: file) }
        let cdm = try builder.build()
        return CDMReadResult(cdm: cdm, warnings: builder.warnings)
    }

    private func fail(_ e: CDMError) {
        guard error == nil else { return }
        error = e
        parser?.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard error == nil else { return }
        let name = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let line = parser.lineNumber
        if name == "cdm" {
            cdmCount += 1
            guard cdmCount == 1 else {
                return fail(CDMError(.syntax(detail: "more than one <cdm>"), file: file, line: line))
            }
            sawCDM = true
            let version = attributes["version"] ?? ""
            guard version.hasPrefix("1.") || version.hasPrefix("2.") else {
                return fail(CDMError(.unsupportedVersion, file: file, line: line, keyword: "version", value: version))
            }
            builder.version = version
            stack = ["cdm"]
            return
        }
        guard !stack.isEmpty else { return }  // outside <cdm> (e.g. <ndm> wrapper)
        if leaf != nil {
            return fail(CDMError(.syntax(detail: "element inside a keyword"), file: file, line: line, keyword: name))
        }
        if Self.containers.contains(name) {
            stack.append(name)
            return
        }
        guard name.first?.isUppercase == true else {
            return fail(
                CDMError(.syntax(detail: "unexpected element <\(name)>"), file: file, line: line, keyword: name))
        }
        let isNil = attributes.contains { $0.key.split(separator: ":").last == "nil" && $0.value == "true" }
        leaf = (name, line, attributes["units"], isNil)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if leaf != nil { text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        guard error == nil, !stack.isEmpty else { return }
        let name = elementName.split(separator: ":").last.map(String.init) ?? elementName
        if let current = leaf, current.name == name {
            leaf = nil
            let value = current.isNil ? "" : text.trimmingCharacters(in: .whitespacesAndNewlines)
            if name == "COMMENT" {
                if stack.last == "data" { builder.dataComment(value) } else { builder.comment(value) }
                return
            }
            do {
                try builder.add(keyword: name, value: value, unit: current.unit, line: current.line)
            } catch let e {
                fail(e)
            }
            return
        }
        if stack.last == name { stack.removeLast() }
        if name == "cdm" { stack = [] }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        fail(CDMError(.syntax(detail: "malformed XML"), file: file, line: parser.lineNumber))
    }
}
