/// Formats coordinates for SVG: at most two decimals, no exponent, no `-0`, locale-free.
///
/// Pixel coordinates need no more than 0.01 px; fewer characters keep the documents small.
public enum SVGNumber {
    /// `value` rounded to 0.01 and written without trailing zeros (`12`, `12.5`, `-0.25`).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        let magnitude = Int(abs(hundredths))
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var out = negative ? "-" : ""
        out += String(whole)
        if fraction != 0 {
            out += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return out
    }
}
