import Orbits

/// The text rules of RFC 5545: escaping of TEXT values, line folding, UTC date-times.
enum ICalendarText {
    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped with a
    /// backslash, every line break (CRLF, LF or CR) written `\n`; other control characters,
    /// which TEXT cannot hold, become spaces (tab is kept).
    static func escaped(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets, each
    /// continuation starting with one space, never inside a UTF-8 sequence. Without the CRLF.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out
    }

    /// A UTC DATE-TIME (`20260319T010203Z`), the fraction of a second dropped or, with
    /// `roundingUp`, carried up to the next whole second.
    static func utc(_ instant: Instant, roundingUp: Bool) -> String {
        var text = instant.iso8601(fractionDigits: 3)
        let millis = Int(text.suffix(3))!
        if roundingUp && millis != 0 {
            text = instant.adding(seconds: Double(1000 - millis) / 1000).iso8601(fractionDigits: 3)
        }
        let digits = text.prefix(19).filter { $0 != "-" && $0 != ":" }
        return String(digits) + "Z"
    }
}
