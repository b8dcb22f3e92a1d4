import Orbits

/// Typed reading of an element's attributes, with errors naming file, line, element and
/// attribute.
struct XMLValues {
    /// The file name for errors.
    let file: String?

    /// An error about `node` (and `attribute`, `value` when given).
    func error(
        _ code: ExchangeError.Code, _ node: XMLNode, attribute: String? = nil, value: String? = nil, detail: String
    ) -> ExchangeError {
        ExchangeError(
            code, file: file, line: node.line, element: node.name, attribute: attribute, value: value, detail: detail)
    }

    /// A required attribute's text.
    func string(_ node: XMLNode, _ attribute: String) throws(ExchangeError) -> String {
        guard let value = node.attributes[attribute] else {
            throw error(.missingField, node, attribute: attribute, detail: "required attribute is missing")
        }
        return value
    }

    /// An optional attribute read as an instant (CCSDS ASCII time code A or B, UTC).
    func instant(_ node: XMLNode, _ attribute: String) throws(ExchangeError) -> Instant? {
        guard let text = node.attributes[attribute] else { return nil }
        do {
            return try Instant(iso8601: text.trimmingBlanks())
        } catch {
            throw self.error(
                .invalidValue, node, attribute: attribute, value: text,
                detail: "not a CCSDS ASCII time (YYYY-DDDThh:mm:ss[.d]Z or YYYY-MM-DDThh:mm:ss[.d]Z)")
        }
    }

    /// A required attribute read as an instant.
    func requiredInstant(_ node: XMLNode, _ attribute: String) throws(ExchangeError) -> Instant {
        guard let value = try instant(node, attribute) else {
            throw error(.missingField, node, attribute: attribute, detail: "required attribute is missing")
        }
        return value
    }

    /// An optional attribute read as an integer of at least `minimum`.
    func integer(_ node: XMLNode, _ attribute: String, minimum: Int = 0) throws(ExchangeError) -> Int? {
        guard let text = node.attributes[attribute] else { return nil }
        guard let value = Int(text.trimmingBlanks()) else {
            throw error(.invalidValue, node, attribute: attribute, value: text, detail: "not an integer")
        }
        guard value >= minimum else {
            throw error(.outOfRange, node, attribute: attribute, value: text, detail: "less than \(minimum)")
        }
        return value
    }

    /// A required attribute read as an integer of at least `minimum`.
    func requiredInteger(_ node: XMLNode, _ attribute: String, minimum: Int = 0) throws(ExchangeError) -> Int {
        guard let value = try integer(node, attribute, minimum: minimum) else {
            throw error(.missingField, node, attribute: attribute, detail: "required attribute is missing")
        }
        return value
    }

    /// An optional time of day `hh:mm:ss` with `Z` (902.9 `TimeOfDayType`), as seconds after
    /// midnight UTC (0 ..< 86 400).
    func timeOfDay(_ node: XMLNode, _ attribute: String) throws(ExchangeError) -> Int? {
        guard let text = node.attributes[attribute] else { return nil }
        let trimmed = text.trimmingBlanks()
        let fields = trimmed.dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard trimmed.hasSuffix("Z"), fields.count == 3, let h = Int(fields[0]), let m = Int(fields[1]),
            let s = Int(fields[2]), fields.allSatisfy({ $0.count == 2 })
        else {
            throw error(.invalidValue, node, attribute: attribute, value: text, detail: "not a time of day hh:mm:ssZ")
        }
        guard (0...23).contains(h), (0...59).contains(m), (0...59).contains(s) else {
            throw error(.outOfRange, node, attribute: attribute, value: text, detail: "not a time of day")
        }
        return h * 3600 + m * 60 + s
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r", "\r\n"]
        var slice = Substring(self)
        while let first = slice.first, blanks.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, blanks.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
