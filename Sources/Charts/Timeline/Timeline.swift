import Orbits

/// A Gantt chart of the network schedule as an SVG document: one row per antenna over a day
/// or a week, contacts as bars in their partner's colour and pattern, downtime hatched, the
/// viewer's own contacts outlined, a UTC time axis and a legend.
public struct Timeline: Sendable, Hashable {
    /// Start of the time axis, UTC.
    public var start: Instant
    /// End of the time axis, UTC.
    public var end: Instant
    /// The antennas, top to bottom.
    public var rows: [TimelineRow]
    /// Contacts and downtime; parts outside `start`…`end` are cut off.
    public var bars: [TimelineBar]
    /// The partners for the legend, in legend order.
    public var partners: [ChartPartner]
    /// Total width, px.
    public var width: Double
    /// Prefix of every element id, unique within the page.
    public var idPrefix: String

    /// Row pitch, px.
    static let rowHeight = 28.0
    /// Bar thickness, px.
    static let barHeight = 18.0
    /// Top margin, px.
    static let marginTop = 8.0
    /// Right margin, px.
    static let marginRight = 16.0
    /// Narrowest bar drawn, px: a 10-minute contact on a week is ~1.3 px, too thin to show its
    /// colour, so short bars are widened to this (from their start) — the tooltip keeps the times.
    static let minimumBarWidth = 3.0

    /// Creates a timeline; throws ``ChartError`` when `end` is not after `start` or a bar names
    /// a row that does not exist.
    public init(
        start: Instant, end: Instant, rows: [TimelineRow], bars: [TimelineBar], partners: [ChartPartner],
        width: Double = 960, idPrefix: String = "timeline"
    ) throws(ChartError) {
        guard end > start else {
            throw ChartError(.emptyTimeSpan, field: "Timeline.end", value: "\(end) <= \(start)")
        }
        for (index, bar) in bars.enumerated() where !rows.indices.contains(bar.row) {
            throw ChartError(.unknownReference, field: "Timeline.bars[\(index)].row", value: "\(bar.row)")
        }
        self.start = start
        self.end = end
        self.rows = rows
        self.bars = bars
        self.partners = partners
        self.width = max(width, 240)
        self.idPrefix = idPrefix
    }

    /// Left margin: room for the longest antenna name (60…220 px).
    public var plotLeft: Double {
        let longest = rows.map { ChartDocument.estimatedWidth($0.name) }.max() ?? 0
        return min(max(longest + 14, 60), 220)
    }

    /// Width of the plotting area, px.
    public var plotWidth: Double { width - plotLeft - Self.marginRight }

    /// The time scale: seconds since `start` → x px.
    public var timeScale: LinearScale {
        LinearScale(
            domain: 0...end.seconds(since: start), range: (plotLeft, plotLeft + plotWidth))
    }

    /// The x position of an instant, px (not clamped).
    public func x(of instant: Instant) -> Double {
        timeScale(instant.seconds(since: start))
    }

    /// The y position of the top of row `index`'s band, px.
    public func rowTop(_ index: Int) -> Double {
        Self.marginTop + Double(index) * Self.rowHeight
    }
}
