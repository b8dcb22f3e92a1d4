import Consortium

/// Equality conditions on a record kind's indexed fields, e.g. `owner=esa&status=operational`.
///
/// The fields each kind can be filtered on (`ListFilter.fields(of:)`):
/// partner: `kind`, `country`; agreement: `kind`, `status`, `party`; mission: `lead`, `status`,
/// `participant`; spacecraft: `owner`, `status`, `noradID`, `cosparID`; station: `owner`,
/// `network`; user: `partner`, `role`. Any other field is refused with `.invalidFilter`.
public struct ListFilter: Sendable, Hashable {
    /// Field name → required value.
    public var conditions: [String: String]

    /// Creates a filter; no conditions matches everything.
    public init(_ conditions: [String: String] = [:]) {
        self.conditions = conditions
    }

    /// The fields records of `kind` can be filtered on.
    public static func fields(of kind: EntityKind) -> [String] {
        switch kind {
        case .partner: ["kind", "country"]
        case .agreement: ["kind", "status", "party"]
        case .mission: ["lead", "status", "participant"]
        case .spacecraft: ["owner", "status", "noradID", "cosparID"]
        case .station: ["owner", "network"]
        case .user: ["partner", "role"]
        }
    }
}
