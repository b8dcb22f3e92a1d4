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
        appendEscaped(raw, to: &out)
        return out
    }

    /// Appends `raw` to `out`, escaped as ``escape(_:)`` does; text needing no escape (the
    /// usual case: numbers, ids, colours) is appended as it is, without a scalar-by-scalar copy.
    static func appendEscaped(_ raw: String, to out: inout String) {
        let needsEscape = raw.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        guard needsEscape else {
            out.append(raw)
            return
        }
        for character in raw.unicodeScalars {
            switch character {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&apos;")
            default:
                // Control characters other than tab, LF and CR are not allowed in XML 1.0.
                if character.value < 0x20 && character != "\t" && character != "\n" && character != "\r" {
                    continue
                }
                out.unicodeScalars.append(character)
            }
        }
    }

    /// Makes room for about `count` more UTF-8 bytes, so that a large chart grows its one
    /// string once instead of doubling it many times.
    public mutating func reserveCapacity(_ count: Int) {
        text.reserveCapacity(text.utf8.count + count)
    }

    /// Opens `<name attr="value" …>`; close it with ``close()``.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        text.append(">")
        openElements.append(name)
    }

    /// Opens `<name attr="value" …>` with the attributes of both lists in order (a fixed list
    /// and one chosen at run time, without building an array per element).
    public mutating func open(
        _ name: String, _ attributes: KeyValuePairs<String, String>, _ more: KeyValuePairs<String, String>
    ) {
        start(name, attributes)
        writeAttributes(more)
        text.append(">")
        openElements.append(name)
    }

    /// Opens `<name …>` with attributes built at run time (name, value pairs in order).
    public mutating func open(_ name: String, _ attributes: [(String, String)]) {
        text.append("<")
        text.append(name)
        for (key, value) in attributes { writeAttribute(key, value) }
        text.append(">")
        openElements.append(name)
    }

    /// Writes an empty element `<name attr="value" …/>`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        start(name, attributes)
        text.append("/>")
    }

    /// Writes `<name …>escaped text</name>`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String
    ) {
        start(name, attributes)
        text.append(">")
        Self.appendEscaped(content, to: &text)
        text.append("</")
        text.append(name)
        text.append(">")
    }

    /// Writes escaped character data inside the current element.
    public mutating func characters(_ content: String) {
        Self.appendEscaped(content, to: &text)
    }

    /// Closes the innermost open element.
    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        text.append("</")
        text.append(name)
        text.append(">")
    }

    /// Closes every open element and returns the document.
    public mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        return text
    }

    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text.append("<")
        text.append(name)
        writeAttributes(attributes)
    }

    private mutating func writeAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (key, value) in attributes { writeAttribute(key, value) }
    }

    private mutating func writeAttribute(_ key: String, _ value: String) {
        text.append(" ")
        text.append(key)
        text.append("=\"")
        Self.appendEscaped(value, to: &text)
        text.append("\"")
    }
}
