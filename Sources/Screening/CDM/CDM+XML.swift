extension CDM {
    /// The message as NDM/XML 1.0 (`<cdm id="CCSDS_CDM_VERS" version="1.0">`), valid against
    /// SANA's `ndmxml-1.0-cdm-1.0.xsd` for a 1.0 message. Keywords of a later version kept in
    /// ``CDMRelativeData/otherKeywords`` are not written (the 1.0 schema has no place for them).
    public func xml() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<cdm xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:noNamespaceSchemaLocation=\"http://sanaregistry.org/r/ndmxml/ndmxml-1.0-master.xsd\""
        out += " id=\"CCSDS_CDM_VERS\" version=\"\(Self.escape(version))\">\n"
        var depth = 1
        func open(_ name: String) {
            out += String(repeating: "  ", count: depth) + "<\(name)>\n"
            depth += 1
        }
        func close(_ name: String) {
            depth -= 1
            out += String(repeating: "  ", count: depth) + "</\(name)>\n"
        }
        func leaf(_ f: Field) {
            let units = f.unit.map { " units=\"\(Self.escape($0))\"" } ?? ""
            out +=
                String(repeating: "  ", count: depth) + "<\(f.keyword)\(units)>\(Self.escape(f.value))</\(f.keyword)>\n"
        }
        func comments(_ list: [String]) { for c in list { leaf(Field(keyword: "COMMENT", value: c, unit: nil)) } }

        open("header")
        comments(header.comments)
        headerFields.forEach(leaf)
        close("header")
        open("body")
        open("relativeMetadataData")
        comments(relative.comments)
        var inState = false
        for f in relativeFields {
            let isState = f.keyword.hasPrefix("RELATIVE_POSITION") || f.keyword.hasPrefix("RELATIVE_VELOCITY")
            if isState, !inState { open("relativeStateVector") }
            if !isState, inState { close("relativeStateVector") }
            inState = isState
            leaf(f)
        }
        if inState { close("relativeStateVector") }
        close("relativeMetadataData")
        for object in [object1, object2] {
            open("segment")
            open("metadata")
            comments(object.metadata.comments)
            Self.metadataFields(object.metadata).forEach(leaf)
            close("metadata")
            open("data")
            comments(object.dataComments)
            if let od = object.odParameters {
                open("odParameters")
                comments(od.comments)
                Self.parameterFields(CDMKeywords.od, od).forEach(leaf)
                close("odParameters")
            }
            if let extra = object.additionalParameters {
                open("additionalParameters")
                comments(extra.comments)
                Self.parameterFields(CDMKeywords.additional, extra).forEach(leaf)
                close("additionalParameters")
            }
            open("stateVector")
            comments(object.stateComments)
            Self.stateFields(object).forEach(leaf)
            close("stateVector")
            open("covarianceMatrix")
            comments(object.covarianceComments)
            Self.covarianceFields(object.covariance).forEach(leaf)
            close("covarianceMatrix")
            close("data")
            close("segment")
        }
        close("body")
        out += "</cdm>\n"
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
