import Orbits

/// A value over time as an SVG document: points joined by a line, a UTC time axis and a
/// linear (e.g. miss distance, km) or logarithmic (e.g. Pc) value axis — an event's history
/// over successive screenings.
public struct SeriesPlot: Sendable, Hashable {
    /// The values, sorted by time.
    public var points: [SeriesPoint]
    /// Linear or logarithmic value axis.
    public var scale: SeriesScale
    /// Optional horizontal reference line (e.g. a Pc threshold of 1e-4), in the value's unit.
    public var reference: Double?
    /// Total width, px.
    public var width: Double
    /// Total height of the plot area and axes (the legend-free document), px.
    public var height: Double
    /// Prefix of every element id, unique within the page.
    public var idPrefix: String

    /// Left margin (value tick labels and axis title), px.
    static let marginLeft = 72.0
    /// Top margin, px.
    static let marginTop = 12.0
    /// Right margin, px.
    static let marginRight = 20.0
    /// Bottom margin (time tick labels and axis title), px.
    static let marginBottom = 46.0
    /// Gap between the frame and the first and last points, px.
    static let inset = 10.0

    /// Creates a plot; the points are sorted by time. Throws ``ChartError`` when a value is not
    /// finite, or not > 0 on a logarithmic axis (the field names the point's index).
    public init(
        points: [SeriesPoint], scale: SeriesScale, reference: Double? = nil, width: Double = 640,
        height: Double = 300, idPrefix: String = "series"
    ) throws(ChartError) {
        for (index, point) in points.enumerated() {
            guard point.value.isFinite else {
                throw ChartError(.notFinite, field: "SeriesPlot.points[\(index)].value", value: "\(point.value)")
            }
            if scale == .logarithmic && point.value <= 0 {
                throw ChartError(.notPositive, field: "SeriesPlot.points[\(index)].value", value: "\(point.value)")
            }
        }
        if let reference, !reference.isFinite || (scale == .logarithmic && reference <= 0) {
            throw ChartError(.notPositive, field: "SeriesPlot.reference", value: "\(reference)")
        }
        self.points = points.sorted { $0.instant < $1.instant }
        self.scale = scale
        self.reference = reference
        self.width = max(width, 240)
        self.height = max(height, 160)
        self.idPrefix = idPrefix
    }

    /// The time span of the axis: the points' first and last instants, widened by an hour
    /// either side when they coincide (or a day from now-less epoch when there are none).
    public var timeSpan: (start: Instant, end: Instant) {
        guard let first = points.first?.instant, let last = points.last?.instant else {
            let origin = Instant(julianDay: 2_451_544.5)
            return (origin, origin.adding(days: 1))
        }
        if last.seconds(since: first) < 60 { return (first.adding(seconds: -3600), last.adding(seconds: 3600)) }
        return (first, last)
    }

    /// The time scale: seconds since the span's start → x px.
    public var timeScale: LinearScale {
        let span = timeSpan
        return LinearScale(
            domain: 0...span.end.seconds(since: span.start),
            range: (Self.marginLeft + Self.inset, width - Self.marginRight - Self.inset))
    }

    /// The value-axis ticks (values in the series' unit) and the value → y px map.
    public var valueAxis: (ticks: [Double], y: (Double) -> Double) {
        let range = (start: height - Self.marginBottom, end: Self.marginTop)
        var values = points.map(\.value)
        if let reference { values.append(reference) }
        switch scale {
        case .linear:
            let low = min(values.min() ?? 0, 0), high = values.max() ?? 1
            let axis = NiceTicks.covering(low, high, count: 5)
            let linear = LinearScale(domain: axis.domain, range: range)
            return (axis.ticks, { linear($0) })
        case .logarithmic:
            let low = values.min() ?? 1e-6, high = values.max() ?? 1
            let log = LogScale(domain: low...max(high, low), range: range)
            return (log.decades.map { pow10($0) }, { log($0) })
        }
    }

    /// The x position of an instant, px.
    public func x(of instant: Instant) -> Double {
        timeScale(instant.seconds(since: timeSpan.start))
    }

    /// 10ⁿ exactly for the decades that matter (no pow round-off in tick values).
    private func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        if exponent >= 0 {
            for _ in 0..<exponent { value *= 10 }
        } else {
            for _ in 0..<(-exponent) { value /= 10 }
        }
        return value
    }
}
