/// A keyword and its value as written, for keywords kept without being modelled.
public struct CDMKeywordValue: Sendable, Hashable {
    /// The keyword.
    public var keyword: String
    /// The value text (without unit).
    public var value: String
    /// The unit as written, if any.
    public var unit: String?

    /// A kept keyword.
    public init(keyword: String, value: String, unit: String? = nil) {
        self.keyword = keyword
        self.value = value
        self.unit = unit
    }
}
