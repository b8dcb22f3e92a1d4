/// The fixed, colour-blind-safe palette for partners (Okabe & Ito 2008, "Color Universal
/// Design"), each colour paired with a fill pattern so that colour never carries meaning
/// alone, plus the neutral colours of axes and text.
///
/// Partners are identified by a stable index (e.g. their position in the registry): index
/// `i` gets colour `partnerColors[i % 7]` and pattern `PartnerPattern.allCases[i % 7]`
/// (8 partners or more repeat colours but the pattern sequence is offset, see ``style(_:)``).
/// Black is left out of the partner colours because text and axes use it.
public enum ChartPalette {
    /// Okabe-Ito orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
    public static let partnerColors: [String] = [
        "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    ]
    /// Text and axis colour: near-black, 17.4:1 on white (WCAG AAA).
    public static let text = "#1A1A1A"
    /// Secondary text (tick labels): #595959, 7.0:1 on white (WCAG AAA).
    public static let mutedText = "#595959"
    /// Grid lines (decoration only, not text).
    public static let grid = "#D0D0D0"
    /// Chart background.
    public static let background = "#FFFFFF"
    /// Ocean on the world map.
    public static let ocean = "#EAF2F8"
    /// Land on the world map.
    public static let land = "#CFCFC4"
    /// Night shading on the world map (drawn with opacity).
    public static let night = "#0B1F3A"
    /// Highlight outline (the viewer's own items): black, drawn thick.
    public static let highlight = "#000000"

    /// The colour and pattern of partner `index` (negative indices are taken modulo too).
    public static func style(_ index: Int) -> PartnerStyle {
        let count = partnerColors.count
        let colorIndex = ((index % count) + count) % count
        let cycle =
            ((index / count) % PartnerPattern.allCases.count + PartnerPattern.allCases.count)
            % PartnerPattern.allCases.count
        let patterns = PartnerPattern.allCases
        let pattern = patterns[(colorIndex + cycle) % patterns.count]
        return PartnerStyle(index: index, color: partnerColors[colorIndex], pattern: pattern)
    }
}
