extension CDM {
    /// The message as CCSDS KVN (508.0-B-1 §4): `KEYWORD = value [unit]`, one per line, comments
    /// at the start of their block, numbers in shortest round-trip form.
    public func kvn() -> String {
        var lines: [String] = []
        func put(_ keyword: String, _ value: String, _ unit: String? = nil) {
            var line = keyword.padding(toLength: max(keyword.count, 36), withPad: " ", startingAt: 0) + " = " + value
            if let unit {
                line = line.padding(toLength: max(line.count, 70), withPad: " ", startingAt: 0) + " [\(unit)]"
            }
            lines.append(line)
        }
        func comments(_ list: [String]) { for c in list { lines.append("COMMENT " + c) } }
        func fields(_ list: [Field]) { for f in list { put(f.keyword, f.value, f.unit) } }
        func other(_ list: [CDMKeywordValue]) { for k in list { put(k.keyword, k.value, k.unit) } }

        put("CCSDS_CDM_VERS", version)
        comments(header.comments)
        fields(headerFields)
        comments(relative.comments)
        other(relative.otherKeywords)
        fields(relativeFields)
        for object in [object1, object2] {
            comments(object.metadata.comments)
            fields(Self.metadataFields(object.metadata))
            other(object.otherKeywords)
            comments(object.dataComments)
            comments(object.odParameters?.comments ?? [])
            fields(Self.parameterFields(CDMKeywords.od, object.odParameters))
            comments(object.additionalParameters?.comments ?? [])
            fields(Self.parameterFields(CDMKeywords.additional, object.additionalParameters))
            comments(object.stateComments)
            fields(Self.stateFields(object))
            comments(object.covarianceComments)
            fields(Self.covarianceFields(object.covariance))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
