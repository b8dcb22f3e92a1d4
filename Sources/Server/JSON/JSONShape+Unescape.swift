extension JSONShape {
    /// The text of a JSON string's contents (between the quotes) with its escapes resolved:
    /// `\" \\ \/ \b \f \n \r \t` and `\uXXXX`, surrogate pairs included. Keys are compared after
    /// unescaping, so `"n\u0061me"` is the key `name`, as every decoder reads it.
    static func unescape(_ raw: [UInt8], path: String) throws(Failure) -> String {
        var scalars = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
            bytes.removeAll()
        }
        func hex(_ start: Int) throws(Failure) -> UInt32 {
            guard start + 4 <= raw.count,
                let value = UInt32(String(decoding: raw[start..<start + 4], as: UTF8.self), radix: 16)
            else { throw Failure(path: path, detail: "a malformed \\u escape") }
            return value
        }
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                bytes.append(byte)
                index += 1
                continue
            }
            flush()
            let code = raw[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var value = try hex(index)
                index += 4
                if (0xD800..<0xDC00).contains(value), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u")
                {
                    let low = try hex(index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default: scalars.append(Unicode.Scalar(code))
            }
        }
        flush()
        return String(scalars)
    }
}
