/// One TLE line inside a byte buffer: where column 1 is, how many columns it has (trailing
/// blanks and CR removed) and its 1-based line number for error messages.
///
/// Callers guarantee at least 69 readable bytes from `start` (shorter lines are copied into a
/// blank-padded buffer first), so field readers index columns without bounds checks.
struct TLELineView {
    /// The buffer holding the line.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of column 1 in `bytes`.
    let start: Int
    /// Number of columns in the line, trailing blanks excluded.
    let length: Int
    /// 1-based line number in the file.
    let number: Int

    /// Byte at 0-based column `column` (0 ..< 69).
    @inline(__always)
    subscript(column: Int) -> UInt8 { bytes[start + column] }

    /// Text of columns `column ..< column + width` (0-based), clipped to the line.
    func text(_ column: Int, _ width: Int) -> String {
        let from = start + min(column, length)
        let to = start + min(column + width, length)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// The whole line as text.
    var text: String { text(0, length) }

    /// Mod-10 checksum of columns 1–68: digits count their value, `-` counts 1.
    var computedChecksum: Int {
        var sum = 0
        for i in start..<(start + 68) {
            let byte = bytes[i]
            let d = byte &- 48
            if d < 10 {
                sum += Int(d)
            } else if byte == UInt8(ascii: "-") {
                sum += 1
            }
        }
        return sum % 10
    }
}
