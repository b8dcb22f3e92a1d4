/// One `USER_DEFINED_<NAME> = value` parameter of an OMM (XML `<USER_DEFINED parameter="NAME">`).
///
/// Space-Track's extra JSON/CSV members (`SEMIMAJOR_AXIS`, `OBJECT_TYPE`, `TLE_LINE1` …) are kept
/// the same way, as the NDM/XML conversion of such messages does.
public struct OMMUserDefinedParameter: Sendable, Hashable {
    /// Parameter name without the `USER_DEFINED_` prefix, e.g. `"EARTH_MODEL"`.
    public var name: String
    /// Value as written (JSON `null` is kept as an empty string).
    public var value: String

    /// Creates a parameter.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
