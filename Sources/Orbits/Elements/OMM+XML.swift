/// NDM/XML writing (reading is ``OMMXMLReader``).
extension OMM {
    /// The message as an NDM/XML document with `<omm>` as root, in the unqualified NDM/XML 1.0
    /// form (valid against `ndmxml-1.0-master.xsd` when ``version`` is `"2.0"`, which that
    /// schema fixes), with `units` attributes on every dimensioned value.
    public var xml: String {
        var out = Self.xmlDeclaration
        appendXML(to: &out, indent: "", rootAttributes: Self.schemaAttributes)
        return out
    }

    /// Several messages as one NDM/XML document: a single `<omm>` root for one message, else an
    /// `<ndm>` root holding one `<omm>` per message (NDM/XML 1.0 combined instantiation).
    public static func xml(_ messages: [OMM]) -> String {
        if messages.count == 1 { return messages[0].xml }
        var out = xmlDeclaration + "<ndm" + schemaAttributes + ">\n"
        for message in messages { message.appendXML(to: &out, indent: "  ", rootAttributes: "") }
        return out + "</ndm>\n"
    }

    private static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let schemaAttributes =
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xsi:noNamespaceSchemaLocation=\"https://sanaregistry.org/r/ndmxml/ndmxml-1.0-master.xsd\""

    private func appendXML(to out: inout String, indent: String, rootAttributes: String) {
        out +=
            indent + "<omm" + rootAttributes + " id=\"CCSDS_OMM_VERS\" version=\"" + Self.xmlEscape(version) + "\">\n"
        var depth = indent + "  "
        func open(_ name: String) {
            out += depth + "<" + name + ">\n"
            depth += "  "
        }
        func close(_ name: String) {
            depth.removeLast(2)
            out += depth + "</" + name + ">\n"
        }
        func element(_ name: String, _ value: String, units: String? = nil, parameter: String? = nil) {
            out += depth + "<" + name
            if let units { out += " units=\"" + Self.xmlEscape(units) + "\"" }
            if let parameter { out += " parameter=\"" + Self.xmlEscape(parameter) + "\"" }
            out += ">" + Self.xmlEscape(value) + "</" + name + ">\n"
        }
        func comments(_ lines: [String]) { for text in lines { element("COMMENT", text) } }

        open("header")
        comments(headerComments)
        for field in headerFields { element(field.key.keyword, field.text) }
        close("header")
        open("body")
        open("segment")
        open("metadata")
        comments(metadataComments)
        for field in metadataFields { element(field.key.keyword, field.text) }
        close("metadata")
        open("data")
        comments(dataComments)
        for block in dataBlocks {
            open(block.element)
            for field in block.fields { element(field.key.keyword, field.text, units: field.key.unit) }
            close(block.element)
        }
        if !userDefined.isEmpty {
            open("userDefinedParameters")
            for parameter in userDefined { element("USER_DEFINED", parameter.value, parameter: parameter.name) }
            close("userDefinedParameters")
        }
        close("data")
        close("segment")
        close("body")
        out += indent + "</omm>\n"
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
    static func xmlEscape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
