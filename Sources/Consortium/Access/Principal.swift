/// Who is making a request: the authenticated user, its partner and its role.
public struct Principal: Sendable, Hashable {
    /// The user.
    public var user: User.ID
    /// The user's partner.
    public var partner: Partner.ID
    /// The user's role.
    public var role: Role

    /// Creates a principal.
    public init(user: User.ID, partner: Partner.ID, role: Role) {
        self.user = user
        self.partner = partner
        self.role = role
    }

    /// The principal of `user`.
    public init(_ user: User) {
        self.init(user: user.id, partner: user.partner, role: user.role)
    }

    /// Whether the principal is a consortium administrator.
    public var isConsortiumAdmin: Bool { role == .consortiumAdmin }
}
