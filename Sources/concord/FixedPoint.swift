/// Fast fixed-point decimal formatting for the CSV, OEM and JSON writers: `-6726.123456`,
/// never an exponent, rounded half away from zero to the requested decimals.
enum FixedPoint {
    /// Appends `value` with `decimals` digits after the point (0 ... 12) to `out`; `NaN` for
    /// non-finite values, `%.*f`-style via Swift's description above 9e15.
    static func append(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(contentsOf: "NaN".utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else {
            out.append(contentsOf: "\(value)".utf8)
            return
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        let fraction = units % divisor
        if value < 0 && units != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(whole, width: 1, to: &out)
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            appendDigits(fraction, width: decimals, to: &out)
        }
    }

    /// `value` as a string with `decimals` digits after the point.
    static func string(_ value: Double, decimals: Int) -> String {
        var out: [UInt8] = []
        append(value, decimals: decimals, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `width`.
    static func appendDigits(_ value: UInt64, width: Int, to out: inout [UInt8]) {
        let start = out.count
        var rest = value
        repeat {
            out.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        while out.count - start < width { out.append(48) }
        out[start...].reverse()
    }
}
