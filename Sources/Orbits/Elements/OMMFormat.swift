/// The encodings of an OMM that ``OMM`` reads and writes.
public enum OMMFormat: String, Sendable, Hashable, CaseIterable {
    /// Keyword = value notation (CCSDS 502.0 section 7), one or more messages back to back.
    case kvn
    /// NDM/XML (CCSDS 505.0): an `<omm>` document, or an `<ndm>` holding several.
    case xml
    /// JSON as CelesTrak and Space-Track publish it: an array of flat objects (or one object).
    case json
    /// CSV as CelesTrak publishes it: a header row of keywords, then one row per message.
    case csv

    /// Guesses the encoding from the first non-blank characters: `<` XML, `[` or `{` JSON,
    /// `COMMENT` or a first line with `=` before any comma KVN, otherwise CSV.
    public static func detect(_ text: String) -> OMMFormat {
        var utf8 = text.utf8[...]
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return .kvn
        }
        switch utf8[first] {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "["), UInt8(ascii: "{"): return .json
        default:
            let rest = utf8[first...]
            if rest.starts(with: "COMMENT".utf8) { return .kvn }
            for byte in rest {
                switch byte {
                case UInt8(ascii: "="): return .kvn
                case UInt8(ascii: ","), 0x0A, 0x0D: return .csv
                default: continue
                }
            }
            return .csv
        }
    }
}
