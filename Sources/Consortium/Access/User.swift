/// A person (or a machine account) of a partner, with a role.
///
/// Users authenticate with API tokens; the token secrets are not part of the user record.
public struct User: Entity {
    /// The id of a user record.
    public typealias ID = Identifier<User>

    public static var kind: EntityKind { .user }

    /// The user's id, e.g. `esa-ops-1`.
    public var id: ID
    /// The display name.
    public var name: String
    /// The partner the user works for.
    public var partner: Partner.ID
    /// What the user may do.
    public var role: Role

    /// Creates a user.
    public init(id: ID, name: String, partner: Partner.ID, role: Role) {
        self.id = id
        self.name = name
        self.partner = partner
        self.role = role
    }

    public var ownerID: Partner.ID? { partner }

    public func validate() throws(DomainError) {
        try TextRules.requireName(name, field: "name")
    }
}
