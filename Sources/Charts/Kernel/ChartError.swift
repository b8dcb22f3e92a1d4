/// An error in the input of a chart: what is wrong, the field and the offending value.
public struct ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// A time span whose end is not after its start.
        case emptyTimeSpan
        /// A value that must be finite is NaN or infinite.
        case notFinite
        /// A value outside its allowed range (e.g. latitude beyond ±90°, a negative altitude).
        case outOfRange
        /// A value that must be > 0 for a logarithmic axis.
        case notPositive
        /// An index (row, partner) that refers to nothing.
        case unknownReference
    }

    /// What went wrong.
    public var code: Code
    /// The input field at fault, e.g. `"Timeline.end"` or `"VisibilityCircle.altitudeKilometers"`.
    public var field: String
    /// The offending value as text.
    public var value: String

    /// Creates an error.
    public init(_ code: Code, field: String, value: String) {
        self.code = code
        self.field = field
        self.value = value
    }

    /// `code` in `field` (`value`).
    public var description: String { "\(code.rawValue) in \(field) (\(value))" }
}
