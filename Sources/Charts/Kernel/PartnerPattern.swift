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

    /// The strokes of one 8 × 8 tile as path data (lines continue seamlessly into the next
    /// tile); `nil` for ``solid`` and ``dots``.
    var strokes: String? {
        switch self {
        case .solid, .dots: nil
        case .diagonal: "M-2 10L10 -2M-2 2L2 -2M6 10L10 6"
        case .backDiagonal: "M-2 -2L10 10M-2 6L2 10M6 -2L10 2"
        case .horizontal: "M0 4H8"
        case .vertical: "M4 0V8"
        case .crosshatch: "M-2 10L10 -2M-2 -2L10 10"
        }
    }

    /// Writes the texture of one 8 × 8 tile in black at 55 % opacity.
    func writeTexture(into svg: inout SVGWriter) {
        if let strokes {
            svg.element(
                "path",
                ["d": strokes, "stroke": "#000000", "stroke-opacity": "0.55", "stroke-width": "1.2", "fill": "none"])
        } else if self == .dots {
            svg.element("circle", ["cx": "4", "cy": "4", "r": "1.6", "fill": "#000000", "fill-opacity": "0.55"])
        }
    }
}
