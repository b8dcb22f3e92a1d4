/// An organisation of the consortium: a space agency, a company, a university or a network
/// operator, with the people to contact.
public struct Partner: Entity {
    /// What kind of organisation a partner is.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A national or intergovernmental space agency (NASA, ESA, JAXA).
        case agency
        /// A commercial operator or manufacturer.
        case company
        /// A university or research institute.
        case university
        /// An operator of ground stations offered as a service (KSAT, SSC).
        case networkOperator
    }

    /// The id of a partner record.
    public typealias ID = Identifier<Partner>

    public static var kind: EntityKind { .partner }

    /// The partner's id, e.g. `nasa`.
    public var id: ID
    /// The full name.
    public var name: String
    /// The acronym or short name shown in tables, e.g. `NASA`.
    public var shortName: String
    /// What kind of organisation.
    public var kind: Kind
    /// The country of the seat (ESA: FR).
    public var country: CountryCode
    /// People to contact; visible only to the partner itself and consortium administrators.
    public var contacts: [Contact]

    /// Creates a partner.
    public init(
        id: ID, name: String, shortName: String, kind: Kind, country: CountryCode, contacts: [Contact] = []
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.country = country
        self.contacts = contacts
    }

    /// A partner owns itself.
    public var ownerID: Partner.ID? { id }

    public func validate() throws(DomainError) {
        try TextRules.requireName(name, field: "name")
        try TextRules.requireName(shortName, field: "shortName", maximum: 32)
        guard contacts.count <= 50 else {
            throw DomainError(.outOfRange, field: "contacts", detail: "at most 50 contacts")
        }
        for (index, contact) in contacts.enumerated() {
            try contact.validate(field: "contacts[\(index)]")
        }
    }
}

/// A person or desk to contact at a partner.
public struct Contact: Codable, Sendable, Hashable {
    /// The person's or desk's name.
    public var name: String
    /// What they handle, e.g. `Ground network scheduling`.
    public var role: String
    /// Their e-mail address.
    public var email: String

    /// Creates a contact.
    public init(name: String, role: String, email: String) {
        self.name = name
        self.role = role
        self.email = email
    }

    func validate(field: String) throws(DomainError) {
        try TextRules.requireName(name, field: "\(field).name")
        try TextRules.requireLength(role, field: "\(field).role", maximum: 200)
        try TextRules.requireEmail(email, field: "\(field).email")
    }
}
