/// A legend: swatches with captions laid out left to right, wrapping to new lines.
public struct Legend: Sendable {
    /// What a legend entry's swatch shows.
    public enum Swatch: Sendable, Hashable {
        /// A partner's colour and pattern (a filled square).
        case partner(PartnerStyle)
        /// A fill with the given pattern id (e.g. hatching), outlined.
        case patternFill(id: String)
        /// A square with a thick black outline (the viewer's own items).
        case outline
        /// A line in a colour, solid or dashed.
        case line(color: String, dashed: Bool)
        /// A translucent area in a colour.
        case area(color: String, opacity: Double)
        /// A marker symbol: circle, triangle or star drawn in a colour.
        case marker(MarkerShape, color: String)
    }

    /// The entries: swatch and caption (already translated).
    public var entries: [(swatch: Swatch, caption: String)]

    /// Creates a legend.
    public init(entries: [(swatch: Swatch, caption: String)]) {
        self.entries = entries
    }

    /// Height in px the legend takes at `width` px (rows of 18 px).
    public func height(width: Double) -> Double {
        Double(layout(width: width).rows) * 18
    }

    /// Writes the legend with its top-left corner at (`x`, `y`), wrapping within `width` px,
    /// inside a group whose accessible role is a list.
    public func write(into svg: inout SVGWriter, x: Double, y: Double, width: Double, patternPrefix: String) {
        let placed = layout(width: width).positions
        svg.open("g", ["class": "legend", "role": "list"])
        for (index, entry) in entries.enumerated() {
            let px = x + placed[index].x, py = y + placed[index].y
            svg.open("g", ["role": "listitem"])
            writeSwatch(entry.swatch, into: &svg, x: px, y: py + 2, patternPrefix: patternPrefix)
            svg.element(
                "text", ["x": SVGNumber.format(px + 18), "y": SVGNumber.format(py + 12)], text: entry.caption)
            svg.close()
        }
        svg.close()
    }

    private func layout(width: Double) -> (positions: [(x: Double, y: Double)], rows: Int) {
        var positions: [(x: Double, y: Double)] = []
        var x = 0.0, row = 0
        for entry in entries {
            let w = 18 + ChartDocument.estimatedWidth(entry.caption) + 16
            if x > 0 && x + w > width {
                row += 1
                x = 0
            }
            positions.append((x, Double(row) * 18))
            x += w
        }
        return (positions, entries.isEmpty ? 0 : row + 1)
    }

    private func writeSwatch(
        _ swatch: Swatch, into svg: inout SVGWriter, x: Double, y: Double, patternPrefix: String
    ) {
        let sx = SVGNumber.format(x), sy = SVGNumber.format(y)
        switch swatch {
        case .partner(let style):
            svg.element(
                "rect",
                [
                    "x": sx, "y": sy, "width": "12", "height": "12",
                    "fill": "url(#\(style.patternID(prefix: patternPrefix)))", "stroke": ChartPalette.text,
                    "stroke-width": "0.5",
                ])
        case .patternFill(let id):
            svg.element(
                "rect",
                [
                    "x": sx, "y": sy, "width": "12", "height": "12", "fill": "url(#\(id))",
                    "stroke": ChartPalette.mutedText, "stroke-width": "1",
                ])
        case .outline:
            svg.element(
                "rect",
                [
                    "x": SVGNumber.format(x + 1), "y": SVGNumber.format(y + 1), "width": "10", "height": "10",
                    "fill": "none", "stroke": ChartPalette.highlight, "stroke-width": "2.5",
                ])
        case .line(let color, let dashed):
            svg.element(
                "path",
                [
                    "d": "M\(sx) \(SVGNumber.format(y + 6))h12", "stroke": color, "stroke-width": "2.5",
                    "fill": "none", "stroke-dasharray": dashed ? "4 2" : "none",
                ])
        case .area(let color, let opacity):
            svg.element(
                "rect",
                [
                    "x": sx, "y": sy, "width": "12", "height": "12", "fill": color,
                    "fill-opacity": SVGNumber.format(opacity), "stroke": ChartPalette.mutedText, "stroke-width": "0.5",
                ])
        case .marker(let shape, let color):
            shape.write(into: &svg, x: x + 6, y: y + 6, size: 5, color: color)
        }
    }
}
