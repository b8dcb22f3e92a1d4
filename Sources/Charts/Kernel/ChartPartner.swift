/// A partner as charts show it in legends: its translated or proper name and palette index.
public struct ChartPartner: Sendable, Hashable {
    /// Display name.
    public var name: String
    /// Palette index (see ``ChartPalette/style(_:)``); keep it stable per partner across charts.
    public var index: Int

    /// Creates a legend partner.
    public init(name: String, index: Int) {
        self.name = name
        self.index = index
    }

    /// The partner's colour and pattern.
    public var style: PartnerStyle { ChartPalette.style(index) }
}
