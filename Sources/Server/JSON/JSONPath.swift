/// JSON paths as the API reports them: object keys joined by dots, array indices in brackets
/// (`clauses.networkShares[1].percent`), the same form the domain errors use for `field`.
enum JSONPath {
    /// The path of a coding path (`DecodingError.Context.codingPath`).
    static func render(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path = appending(key.stringValue, to: path)
            }
        }
        return path
    }

    /// The path of a coding path, or `nil` for the document itself (the empty path).
    static func field(_ codingPath: [any CodingKey]) -> String? {
        codingPath.isEmpty ? nil : render(codingPath)
    }

    /// `path` extended by the object key `key`.
    static func appending(_ key: String, to path: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// `path` extended by the array index `index`.
    static func appending(index: Int, to path: String) -> String {
        "\(path)[\(index)]"
    }

    /// The last object key of `path` (`percnt` of `clauses.networkShares[1].percnt`).
    static func lastKey(of path: String) -> Substring {
        let key = path.split(separator: ".").last ?? Substring(path)
        return key.prefix { $0 != "[" }
    }

    /// `path` with its array indices dropped (`orbit.epoch`, `parties.partner`), the form in which
    /// read-only paths are listed.
    static func withoutIndices(_ path: String) -> String {
        var result = ""
        var inIndex = false
        for character in path {
            switch character {
            case "[": inIndex = true
            case "]": inIndex = false
            default: if !inIndex { result.append(character) }
            }
        }
        return result
    }
}
