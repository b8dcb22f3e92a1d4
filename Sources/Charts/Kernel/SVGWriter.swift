/// A minimal SVG/XML writer: elements, attributes and text with XML escaping, appended to one
/// string. Every chart builds its document with it, so escaping happens in exactly one place.
///
/// Attribute values and text are escaped (`&`, `<`, `>`, `"`, `'`); element and attribute
/// names are the chart's own constants and are written as given.
public struct SVGWriter: Sendable {
    /// The document written so far.
    public private(set) var text: String = ""
    private var openElements: [String] = []

    /// Creates an empty writer.
    public init() {}

    /// Escapes text for XML character data and attribute values: `&` `<` `>` `"` `'`.
    public static func escape(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for character in raw.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters other than tab, LF and CR are not allowed in XML 1.0.
                if character.value < 0x20 && character != "\t" && character != "\n" && character != "\r" {
                    continue
                }
                out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Opens `<name attr="value" …>`; close it with ``close()``.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        text += ">"
        openElements.append(name)
    }

    /// Opens `<name …>` with attributes built at run time (name, value pairs in order).
    public mutating func open(_ name: String, _ attributes: [(String, String)]) {
        text += "<" + name
        for (key, value) in attributes { text += " " + key + "=\"" + Self.escape(value) + "\"" }
        text += ">"
        openElements.append(name)
    }

    /// Writes an empty element `<name attr="value" …/>`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        text += "/>"
    }

    /// Writes `<name …>escaped text</name>`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String
    ) {
        start(name, attributes)
        text += ">" + Self.escape(content) + "</" + name + ">"
    }

    /// Writes escaped character data inside the current element.
    public mutating func characters(_ content: String) {
        text += Self.escape(content)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        text += "</" + name + ">"
    }

    /// Closes every open element and returns the document.
    public mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        return text
    }

    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<" + name
        for (key, value) in attributes {
            text += " " + key + "=\"" + Self.escape(value) + "\""
        }
    }
}
