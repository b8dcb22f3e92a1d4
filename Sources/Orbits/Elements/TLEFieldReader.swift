/// Byte-level readers for TLE fields: fixed columns of ASCII, no `Character`, no Foundation.
///
/// Each takes a buffer and a half-open byte range and returns `nil` when the text does not
/// fit the field's layout. Decimal values are correctly rounded (the nearest `Double`, as
/// `strtod` and Python's `float` give), so parsed values match python-sgp4 bit for bit.
enum TLEFieldReader {
    static let blank: UInt8 = 32

    @inline(__always)
    static func digit(_ byte: UInt8) -> Int? {
        let d = byte &- 48
        return d < 10 ? Int(d) : nil
    }

    /// Catalog number: digits (leading blanks or zeros allowed) or Alpha-5 (`A0000` ... `Z9999`).
    static func catalogNumber(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start == 5 else { return nil }
        if let letter = Alpha5.letterValue(b[start]) {
            var value = letter
            for i in (start + 1)..<end {
                guard let d = digit(b[i]) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        return integer(b, start, end, blankIsZero: false)
    }

    /// Unsigned integer right-justified in its columns (leading blanks allowed); an all-blank
    /// field is 0 when `blankIsZero`, otherwise invalid.
    static func integer(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, blankIsZero: Bool) -> Int? {
        var i = start
        while i < end, b[i] == blank { i += 1 }
        if i == end { return blankIsZero ? 0 : nil }
        var value = 0
        while i < end {
            guard let d = digit(b[i]) else { return nil }
            value = value * 10 + d
            i += 1
        }
        return value
    }

    /// Decimal number `[blanks][+|-]digits[.digits][blanks]` (either digit run may be empty,
    /// not both), correctly rounded to the nearest `Double`.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var i = start
        var e = end
        while i < e, b[i] == blank { i += 1 }
        while e > i, b[e - 1] == blank { e -= 1 }
        guard i < e else { return nil }
        var negative = false
        if b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if b[i] == UInt8(ascii: "+") {
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while i < e {
            let byte = b[i]
            if let d = digit(byte) {
                guard digits < 19 else { return nil }
                mantissa = mantissa * 10 + UInt64(d)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value: Double
        if mantissa <= (1 << 53) && fractionDigits <= 22 {
            // Both operands exact: one IEEE division is correctly rounded.
            value = Double(mantissa) / Instant.powerOfTen(fractionDigits)
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
            guard let parsed = Double(trimmed(text)) else { return nil }
            return parsed
        }
        return negative ? -value : value
    }

    /// Implied-decimal field of 8 columns, `[sign]ddddd[sign]d` meaning ±0.ddddd × 10^±d
    /// (`-11606-4` = −0.11606e−4). A blank mantissa sign is `+`; so is a blank exponent sign.
    ///
    /// Computed as python-sgp4 and Vallado's C++ do: `float("±.ddddd") * pow(10, exponent)`.
    static func impliedDecimal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Double? {
        let sign = b[start]
        guard sign == blank || sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        var mantissa = 0
        for i in (start + 1)..<(start + 6) {
            guard let d = digit(b[i]) else { return nil }
            mantissa = mantissa * 10 + d
        }
        let exponentSign = b[start + 6]
        guard let exponentDigit = digit(b[start + 7]) else { return nil }
        let exponent: Int
        switch exponentSign {
        case UInt8(ascii: "-"): exponent = -exponentDigit
        case UInt8(ascii: "+"), blank: exponent = exponentDigit
        default: return nil
        }
        var value = Double(mantissa) / 1e5
        if sign == UInt8(ascii: "-") { value = -value }
        return value * powerOfTenSigned(exponent)
    }

    /// 10^`n` for −9 ... 9 as the nearest `Double` (what C `pow(10.0, n)` returns).
    static func powerOfTenSigned(_ n: Int) -> Double {
        n >= 0 ? Instant.powerOfTen(n) : negativePowersOfTen[min(-n, 9)]
    }

    /// 10^0, 10^−1 ... 10^−9, each the nearest `Double` (as the compiler rounds literals).
    static let negativePowersOfTen: [Double] = [1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9]

    /// `text` without leading and trailing ASCII blanks, tabs, CR and LF.
    static func trimmed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, [32, 9, 13, 10].contains(bytes[start]) { start += 1 }
        while end > start, [32, 9, 13, 10].contains(bytes[end - 1]) { end -= 1 }
        if start == 0 && end == bytes.count { return text }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Eccentricity: 7 columns of digits with an implied leading `0.` (blanks read as 0, as
    /// python-sgp4 does); `nil` if any other character appears.
    static func eccentricity(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Double? {
        var units = 0
        var any = false
        for i in start..<(start + 7) {
            if b[i] == blank {
                units *= 10
            } else if let d = digit(b[i]) {
                units = units * 10 + d
                any = true
            } else {
                return nil
            }
        }
        return any ? Double(units) / 1e7 : nil
    }

    /// Epoch `YYDDD.DDDDDDDD` in 14 columns: two-digit year, day of year (leading blanks
    /// allowed) and the fraction digits as an integer with their count.
    static func epoch(_ b: UnsafeBufferPointer<UInt8>, _ start: Int)
        -> (year: Int, day: Int, units: Int, digits: Int)?
    {
        guard let y1 = digit(b[start]), let y2 = digit(b[start + 1]) else { return nil }
        var i = start + 2
        let end = start + 14
        while i < end, b[i] == blank { i += 1 }
        var day = 0
        var dayDigits = 0
        while i < end, let d = digit(b[i]) {
            day = day * 10 + d
            dayDigits += 1
            i += 1
        }
        guard dayDigits > 0, i < end, b[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        var units = 0
        var digits = 0
        while i < end, let d = digit(b[i]) {
            units = units * 10 + d
            digits += 1
            i += 1
        }
        while i < end, b[i] == blank { i += 1 }
        guard i == end else { return nil }
        return (y1 * 10 + y2, day, units, digits)
    }
}
