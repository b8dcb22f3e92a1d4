extension ProductMetadata {
    /// Checks the metadata's rules, naming the first field that breaks one: a product type of
    /// 1…64 characters `a-z 0-9 . _ -`; texts within their lengths and free of control
    /// characters; observation start ≤ end; at most 32 distinct keywords of 1…64 characters.
    public func validate() throws(DataPolicyError) {
        guard (1...64).contains(productType.utf8.count),
            productType.utf8.allSatisfy({ Self.isTokenByte($0) })
        else {
            throw DataPolicyError(
                .invalidValue, field: "productType",
                detail: "'\(productType.prefix(80))' is not a product type: 1…64 characters a-z, 0-9, '.', '_', '-'")
        }
        try Self.requireText(instrument, field: "instrument", maximum: 100)
        try Self.requireText(fileName, field: "fileName", maximum: 255)
        try Self.requireText(mediaType, field: "mediaType", maximum: 100)
        if let observationStart, let observationEnd, observationEnd < observationStart {
            throw DataPolicyError(
                .invalidValue, field: "observationEnd",
                detail: "the observation ends \(observationEnd), before it starts \(observationStart)")
        }
        guard keywords.count <= Self.maximumKeywords else {
            throw DataPolicyError(
                .invalidValue, field: "keywords",
                detail: "\(keywords.count) keywords; at most \(Self.maximumKeywords)")
        }
        var seen = Set<String>()
        for (index, keyword) in keywords.enumerated() {
            let field = "keywords[\(index)]"
            guard !keyword.isEmpty else {
                throw DataPolicyError(.invalidValue, field: field, detail: "a keyword must not be empty")
            }
            try Self.requireText(keyword, field: field, maximum: Self.maximumKeywordLength)
            guard seen.insert(keyword.lowercased()).inserted else {
                throw DataPolicyError(.invalidValue, field: field, detail: "'\(keyword)' is listed twice")
            }
        }
    }

    /// Whether `byte` may appear in a product type.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// Refuses a text over `maximum` characters or with control characters.
    static func requireText(_ text: String?, field: String, maximum: Int) throws(DataPolicyError) {
        guard let text else { return }
        guard text.count <= maximum else {
            throw DataPolicyError(
                .invalidValue, field: field, detail: "is \(text.count) characters; at most \(maximum)")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw DataPolicyError(.invalidValue, field: field, detail: "must not contain control characters")
        }
    }
}
