/// The frame every chart shares: the `<svg>` root with its accessible name and description,
/// a white background and the default text style.
///
/// The root carries `role="img"` and `aria-labelledby` pointing at its `<title>` and `<desc>`,
/// so a screen reader announces the chart by its title and description; `viewBox` with the
/// same width and height lets a page scale it with CSS (`max-width: 100%; height: auto`).
public enum ChartDocument {
    /// The font stack of all chart text (system fonts with CJK and Cyrillic coverage).
    public static let fontFamily =
        "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', 'Hiragino Sans', sans-serif"

    /// Opens the document (`width` × `height` px) with its title and description; the caller
    /// writes the content and calls `finish()`.
    public static func begin(
        width: Double, height: Double, idPrefix: String, title: String, description: String
    ) -> SVGWriter {
        var svg = SVGWriter()
        let w = SVGNumber.format(width), h = SVGNumber.format(height)
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "width": w, "height": h, "viewBox": "0 0 \(w) \(h)",
                "role": "img", "aria-labelledby": "\(idPrefix)-title \(idPrefix)-desc",
                "font-family": fontFamily, "font-size": "12", "fill": ChartPalette.text,
            ])
        svg.element("title", ["id": "\(idPrefix)-title"], text: title)
        svg.element("desc", ["id": "\(idPrefix)-desc"], text: description)
        svg.element("rect", ["width": w, "height": h, "fill": ChartPalette.background])
        return svg
    }

    /// A rough width of `text` in px at `fontSize`: 0.6 em per narrow character and 1 em per
    /// wide (CJK, full-width) one — enough to lay out legends without measuring fonts.
    public static func estimatedWidth(_ text: String, fontSize: Double = 12) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6:
                ems += 1
            default:
                ems += 0.6
            }
        }
        return ems * fontSize
    }
}
