/// A horizontal bar chart of network use as an SVG document: per partner, the share of
/// network time received (a bar in the partner's colour and pattern, its value written at its
/// end) against its entitlement (a black mark across the bar), on a percent axis.
public struct BarChart: Sendable, Hashable {
    /// The partners' bars, top to bottom.
    public var entries: [BarChartEntry]
    /// Total width, px.
    public var width: Double
    /// Prefix of every element id, unique within the page.
    public var idPrefix: String

    /// Row pitch, px.
    static let rowHeight = 30.0
    /// Bar thickness, px.
    static let barHeight = 18.0
    /// Top margin, px.
    static let marginTop = 8.0
    /// Right margin (room for the value text), px.
    static let marginRight = 56.0

    /// Creates a bar chart; throws ``ChartError`` when a share is negative or not finite.
    public init(entries: [BarChartEntry], width: Double = 640, idPrefix: String = "use") throws(ChartError) {
        for (index, entry) in entries.enumerated() {
            guard entry.received.isFinite, entry.received >= 0 else {
                throw ChartError(.outOfRange, field: "BarChart.entries[\(index)].received", value: "\(entry.received)")
            }
            guard entry.entitlement.isFinite, entry.entitlement >= 0 else {
                throw ChartError(
                    .outOfRange, field: "BarChart.entries[\(index)].entitlement", value: "\(entry.entitlement)")
            }
        }
        self.entries = entries
        self.width = max(width, 240)
        self.idPrefix = idPrefix
    }

    /// Left margin: room for the longest partner name (60…220 px).
    public var plotLeft: Double {
        let longest = entries.map { ChartDocument.estimatedWidth($0.partner.name) }.max() ?? 0
        return min(max(longest + 14, 60), 220)
    }

    /// The value axis: 0 to the largest share rounded up to a tick (at least 10 %), with ticks.
    public var axis: (domain: ClosedRange<Double>, ticks: [Double]) {
        let top = max(entries.map { max($0.received, $0.entitlement) }.max() ?? 0, 0.1)
        return NiceTicks.covering(0, top, count: 5)
    }

    /// The value scale: fraction → x px.
    public var valueScale: LinearScale {
        LinearScale(domain: axis.domain, range: (plotLeft, width - Self.marginRight))
    }
}
