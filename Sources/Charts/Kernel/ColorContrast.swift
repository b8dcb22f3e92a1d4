#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// WCAG 2.x contrast between two `#RRGGBB` colours, to check the palette's text colours
/// (AA: ≥ 4.5:1 for normal text, ≥ 3:1 for large text and graphics).
public enum ColorContrast {
    /// The relative luminance of an sRGB colour `#RRGGBB` (WCAG 2.x definition), or `nil`
    /// when the text is not of that form.
    public static func relativeLuminance(_ hex: String) -> Double? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    /// The contrast ratio (L₁ + 0.05) / (L₂ + 0.05) of two colours, lighter over darker, 1…21;
    /// `nil` when either is not `#RRGGBB`.
    public static func ratio(_ a: String, _ b: String) -> Double? {
        guard let la = relativeLuminance(a), let lb = relativeLuminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
