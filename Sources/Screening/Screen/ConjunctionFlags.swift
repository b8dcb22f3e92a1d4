/// What is special about a reported conjunction.
public struct ConjunctionFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Relative speed under the co-moving limit (docked or formation-flying objects): the
    /// conjunction is the pair's minimum distance over the whole span, not one encounter.
    public static let comoving = ConjunctionFlags(rawValue: 1)
    /// The minimum is at the start of the span: the objects were closer just before it.
    public static let spanStart = ConjunctionFlags(rawValue: 2)
    /// The minimum is at the end of the span: the objects come closer just after it.
    public static let spanEnd = ConjunctionFlags(rawValue: 4)

    /// Lower-case names of the flags that are set, e.g. `["comoving", "span-start"]`.
    public var names: [String] {
        var names: [String] = []
        if contains(.comoving) { names.append("comoving") }
        if contains(.spanStart) { names.append("span-start") }
        if contains(.spanEnd) { names.append("span-end") }
        return names
    }
}
