/// Writing XML text by hand: attribute values escaped, characters XML 1.0 cannot hold replaced.
enum XMLText {
    /// An attribute value for double quotes: `&`, `<`, `>`, `"` as entities; tab, LF and CR as
    /// character references (so that attribute normalisation keeps them); characters XML 1.0
    /// does not allow at all (other C0 controls, U+FFFE, U+FFFF) become U+FFFD.
    static func attribute(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A start tag (or, with `close`, an empty-element tag) with its attributes in order.
    static func element(_ name: String, _ attributes: [(String, String)], close: Bool) -> String {
        let list = attributes.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined()
        return "<\(name)\(list)\(close ? "/>" : ">")"
    }
}
