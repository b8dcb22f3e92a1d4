/// The value axis of a ``SeriesPlot``.
public enum SeriesScale: String, Sendable, Hashable {
    /// Linear, from a round value at or below the minimum (0 when all values are ≥ 0) to the maximum.
    case linear
    /// Base-10 logarithmic over whole decades; every value must be > 0 (e.g. Pc).
    case logarithmic
}
