/// Marker symbols that differ by shape, not only colour: stations, AOS/LOS/maximum, the Sun.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    /// A filled circle.
    case circle
    /// An upward triangle.
    case triangle
    /// A downward triangle.
    case invertedTriangle
    /// A square.
    case square
    /// A diamond.
    case diamond
    /// A circle with rays (the Sun).
    case sun

    /// Writes the marker centred at (`x`, `y`) px with half-size `size` px, filled with
    /// `color` and outlined in near-black for contrast against any background.
    public func write(into svg: inout SVGWriter, x: Double, y: Double, size: Double, color: String) {
        let f = SVGNumber.format
        let stroke = ChartPalette.text
        switch self {
        case .circle:
            svg.element(
                "circle", ["cx": f(x), "cy": f(y), "r": f(size), "fill": color, "stroke": stroke, "stroke-width": "1"])
        case .square:
            svg.element(
                "rect",
                [
                    "x": f(x - size), "y": f(y - size), "width": f(2 * size), "height": f(2 * size), "fill": color,
                    "stroke": stroke, "stroke-width": "1",
                ])
        case .triangle, .invertedTriangle, .diamond:
            var path = PathBuilder()
            switch self {
            case .triangle: path.polyline([(x, y - size), (x + size, y + size), (x - size, y + size)], closed: true)
            case .invertedTriangle:
                path.polyline([(x, y + size), (x + size, y - size), (x - size, y - size)], closed: true)
            default: path.polyline([(x, y - size), (x + size, y), (x, y + size), (x - size, y)], closed: true)
            }
            svg.element("path", ["d": path.data, "fill": color, "stroke": stroke, "stroke-width": "1"])
        case .sun:
            var rays = PathBuilder()
            for k in 0..<8 {
                let (dx, dy) = Self.rayDirections[k]
                rays.move(x + dx * size * 1.2, y + dy * size * 1.2)
                rays.line(x + dx * size * 1.9, y + dy * size * 1.9)
            }
            svg.element("path", ["d": rays.data, "stroke": stroke, "stroke-width": "1.2", "fill": "none"])
            svg.element(
                "circle", ["cx": f(x), "cy": f(y), "r": f(size), "fill": color, "stroke": stroke, "stroke-width": "1"])
        }
    }

    /// Unit vectors every 45°, for the Sun's rays.
    private static let rayDirections: [(Double, Double)] = [
        (1, 0), (0.7071, 0.7071), (0, 1), (-0.7071, 0.7071), (-1, 0), (-0.7071, -0.7071), (0, -1), (0.7071, -0.7071),
    ]
}
