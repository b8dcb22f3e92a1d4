import Orbits

/// A block of numeric (and date) parameters: the OD or the additional parameters of an object.
/// Keyed by the CCSDS keyword; units are the standard's (d, %, m², kg, m²/kg, m/s², W/kg).
public struct CDMParameterBlock: Sendable, Hashable {
    /// `COMMENT` lines at the start of the block.
    public var comments: [String] = []
    /// Numeric values by keyword (`AREA_PC`, `OBS_USED` …).
    public var numbers: [String: Double] = [:]
    /// Date values by keyword (`TIME_LASTOB_START`, `TIME_LASTOB_END`).
    public var dates: [String: Instant] = [:]

    /// An empty block.
    public init(comments: [String] = []) { self.comments = comments }

    /// The numeric value of `keyword`, if given.
    public subscript(keyword: String) -> Double? {
        get { numbers[keyword] }
        set { numbers[keyword] = newValue }
    }

    /// True when no value is held (comments alone do not make a block).
    var isEmpty: Bool { numbers.isEmpty && dates.isEmpty }
}
