import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small XML element tree (local names only, attributes, text, the line of each element)
/// built with Foundation's `XMLParser` (libxml2 on Linux), for the CCSDS service management
/// files, which are small. Readers walk it and report errors naming file, line, element and
/// attribute.
struct XMLNode: Sendable {
    /// The element's local name (namespace prefix removed).
    var name: String
    /// Attributes by local name.
    var attributes: [String: String]
    /// The character data directly inside the element, blanks trimmed.
    var text: String
    /// 1-based line at which the parser reported the start tag (where it ends).
    var line: Int
    /// Child elements in document order.
    var children: [XMLNode]

    /// The children named `name`.
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// Parses a whole document and returns its root element.
    static func parse(_ data: Data, file: String?) throws(ExchangeError) -> XMLNode {
        let builder = Builder()
        // A stream, as in `OMMXMLReader`: `XMLParser(data:)` fails on large documents on Linux.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        builder.parser = parser
        defer { builder.parser = nil }
        guard parser.parse(), let root = builder.root else {
            let code = parser.parserError.map { " (libxml2 error \(($0 as NSError).code))" } ?? ""
            throw ExchangeError(
                .malformed, file: file, line: parser.lineNumber, detail: "not well-formed XML\(code)")
        }
        return root
    }

    /// The `XMLParser` delegate that assembles the tree.
    private final class Builder: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var stack: [XMLNode] = []
        var root: XMLNode?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            var local: [String: String] = [:]
            for (key, value) in attributes {
                local[String(key.split(separator: ":").last ?? Substring(key))] = value
            }
            stack.append(XMLNode(name: elementName, attributes: local, text: "", line: parser.lineNumber, children: []))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard var node = stack.popLast() else { return }
            node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].children.append(node)
            }
        }
    }
}
