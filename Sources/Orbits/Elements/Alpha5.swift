/// The Alpha-5 catalog-number scheme that fits 100,000 ... 339,999 in the five TLE columns.
///
/// The first character is a letter worth 10 ... 33 (`A` = 10 … `Z` = 33, skipping `I` and `O`)
/// followed by four digits: `A0000` = 100,000, `T0000` = 270,000, `Z9999` = 339,999.
public enum Alpha5 {
    /// Largest number Alpha-5 can hold (`Z9999`).
    public static let maximum = 339_999

    /// The value (10 ... 33) of an Alpha-5 leading letter given as an ASCII byte, or `nil`
    /// for anything else (including `I`, `O` and lowercase).
    @inlinable
    public static func letterValue(_ byte: UInt8) -> Int? {
        guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z"),
            byte != UInt8(ascii: "I"), byte != UInt8(ascii: "O")
        else { return nil }
        var value = Int(byte - UInt8(ascii: "A")) + 10
        if byte > UInt8(ascii: "I") { value -= 1 }
        if byte > UInt8(ascii: "O") { value -= 1 }
        return value
    }

    /// The ASCII letter for a leading value 10 ... 33.
    @inlinable
    public static func letter(_ value: Int) -> UInt8 {
        var byte = UInt8(value - 10) + UInt8(ascii: "A")
        if byte >= UInt8(ascii: "I") { byte += 1 }
        if byte >= UInt8(ascii: "O") { byte += 1 }
        return byte
    }

    /// The five-character field for `number`: zero-padded digits below 100,000, Alpha-5 up to
    /// 339,999; `nil` when negative or larger.
    public static func encode(_ number: Int) -> String? {
        guard number >= 0, number <= maximum else { return nil }
        var bytes = [UInt8](repeating: 48, count: 5)
        var rest = number
        for i in stride(from: 4, through: 1, by: -1) {
            bytes[i] = UInt8(48 + rest % 10)
            rest /= 10
        }
        bytes[0] = rest < 10 ? UInt8(48 + rest) : letter(rest)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number in a five-character catalog field: digits (zero- or space-padded) or Alpha-5;
    /// `nil` when the text is neither.
    public static func decode(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { TLEFieldReader.catalogNumber($0, 0, $0.count) }
    }
}
