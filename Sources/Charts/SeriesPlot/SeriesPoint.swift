import Orbits

/// One value of a series at a UTC instant, e.g. a screening's miss distance or Pc.
public struct SeriesPoint: Sendable, Hashable {
    /// When the value was computed (e.g. the screening or CDM creation time), UTC.
    public var instant: Instant
    /// The value in the plot's unit (km, or a probability).
    public var value: Double

    /// Creates a point.
    public init(instant: Instant, value: Double) {
        self.instant = instant
        self.value = value
    }
}
