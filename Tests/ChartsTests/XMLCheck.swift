import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses a document with Foundation's XMLParser and collects what the tests look at: whether
/// it is well-formed, the root element's attributes, and every element's attributes by id.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var isWellFormed = false
    private(set) var error: String?
    private(set) var rootName: String?
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var text = ""

    init(_ document: String) {
        super.init()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
        if !isWellFormed { error = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        if rootName == nil {
            rootName = elementName
            rootAttributes = attributes
        }
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    /// The attributes of the element with this id.
    func element(id: String) -> [String: String]? {
        elements.first { $0.attributes["id"] == id }?.attributes
    }

    /// All elements with this name.
    func elements(named name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }
}
