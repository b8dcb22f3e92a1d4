/// The textures that tell partners apart without colour (8 × 8 px tiles, dark ink at 55 %).
public enum PartnerPattern: String, Sendable, Hashable, CaseIterable {
    /// No texture.
    case solid
    /// Diagonal lines rising to the right.
    case diagonal
    /// Dots.
    case dots
    /// Horizontal lines.
    case horizontal
    /// Crossed diagonals.
    case crosshatch
    /// Vertical lines.
    case vertical
    /// Diagonal lines falling to the right.
    case backDiagonal

    /// Writes the texture strokes of one 8 × 8 tile.
    func writeTexture(into svg: inout SVGWriter) {
        let ink = ["stroke": "#000000", "stroke-opacity": "0.55", "stroke-width": "1.2"] as [String: String]
        func line(_ d: String) {
            svg.element(
                "path", ["d": d, "stroke": ink["stroke"]!, "stroke-opacity": ink["stroke-opacity"]!,
                    "stroke-width": ink["stroke-width"]!, "fill": "none"])
        }
        switch self {
        case .solid: break
        case .diagonal: line("M-2 10L10 -2M-2 2L2 -2M6 10L10 6")
        case .backDiagonal: line("M-2 -2L10 10M-2 6L2 10M6 -2L10 2")
        case .horizontal: line("M0 4H8")
        case .vertical: line("M4 0V8")
        case .crosshatch: line("M-2 10L10 -2M-2 -2L10 10")
        case .dots: svg.element("circle", ["cx": "4", "cy": "4", "r": "1.6", "fill": "#000000", "fill-opacity": "0.55"])
        }
    }
}
