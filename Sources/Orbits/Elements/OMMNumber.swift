/// Reads and writes the decimal numbers of OMM values in every encoding.
enum OMMNumber {
    /// A finite decimal number such as `15.27989249`, `.40393571E-3`, `-1.5e-05`, `0925`, or `nil`
    /// (no hexadecimal, `nan` or `inf`, no surrounding blanks).
    static func parse(_ text: some StringProtocol) -> Double? {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard digits > 0, let value = Double(String(text)), value.isFinite else { return nil }
        return value
    }

    /// The shortest text that reads back as exactly `value` (`15.27989249`, `2.241e-05`, `0.0`);
    /// valid in KVN, as `xsd:double`, as a JSON number and in CSV.
    static func format(_ value: Double) -> String { value.description }
}
