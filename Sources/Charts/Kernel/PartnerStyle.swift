/// How one partner is drawn: a palette colour and a pattern, so it is told apart without colour.
public struct PartnerStyle: Sendable, Hashable {
    /// The partner's stable index (its palette slot).
    public var index: Int
    /// Fill colour, `#RRGGBB`.
    public var color: String
    /// The texture drawn over the colour.
    public var pattern: PartnerPattern

    /// Creates a style.
    public init(index: Int, color: String, pattern: PartnerPattern) {
        self.index = index
        self.color = color
        self.pattern = pattern
    }

    /// The id of this style's `<pattern>` element under a document's id prefix.
    public func patternID(prefix: String) -> String {
        "\(prefix)-partner-\(index)"
    }

    /// Writes the `<pattern>` definition (inside `<defs>`): the colour with the texture on top.
    public func writeDefinition(into svg: inout SVGWriter, prefix: String) {
        svg.open(
            "pattern",
            [
                "id": patternID(prefix: prefix), "patternUnits": "userSpaceOnUse", "width": "8", "height": "8",
            ])
        svg.element("rect", ["width": "8", "height": "8", "fill": color])
        pattern.writeTexture(into: &svg)
        svg.close()
    }
}
