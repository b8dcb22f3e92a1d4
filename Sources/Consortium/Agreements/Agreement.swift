/// An agreement between partners: who signed it, when it applies, and its terms.
///
/// The terms that Concord acts on are typed clauses (`Clauses`): each party's share of the pooled
/// network, the stations each party contributes, the default data policy and the cost shares.
/// Only an agreement in force on a day (`isInForce(on:)`) applies on that day.
public struct Agreement: Entity {
    /// The legal form of an agreement.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A treaty-level agreement between governments (the ISS IGA).
        case intergovernmentalAgreement
        /// A memorandum of understanding between agencies.
        case memorandumOfUnderstanding
        /// A bilateral implementing arrangement between two partners.
        case bilateralArrangement
        /// A statement of principles that many sign (Artemis Accords style).
        case principles
        /// A commercial service contract (station time bought from a network operator).
        case serviceAgreement
    }

    /// Where an agreement stands.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        /// Being negotiated: applies to nothing.
        case draft
        /// Signed and applying between its effective and expiry days.
        case inForce
        /// Temporarily not applied (a funding lapse, a dispute).
        case suspended
        /// Ended before its expiry, or left with fewer than two parties.
        case withdrawn
    }

    /// The id of a agreement record.
    public typealias ID = Identifier<Agreement>

    public static var kind: EntityKind { .agreement }

    /// The agreement's id, e.g. `iss-iga`.
    public var id: ID
    /// The title.
    public var title: String
    /// The legal form.
    public var kind: Kind
    /// Where it stands.
    public var status: Status
    /// The day it was signed.
    public var signed: Day
    /// The first day it applies.
    public var effective: Day
    /// The day it stops applying (exclusive), or `nil` for open-ended agreements.
    public var expires: Day?
    /// The signatories, including those who have withdrawn (with their day of withdrawal).
    public var parties: [Party]
    /// The typed terms.
    public var clauses: Clauses
    /// Free-text notes (the source of the terms, history).
    public var notes: String?

    /// Creates an agreement.
    public init(
        id: ID, title: String, kind: Kind, status: Status, signed: Day, effective: Day, expires: Day? = nil,
        parties: [Party], clauses: Clauses = Clauses(), notes: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.status = status
        self.signed = signed
        self.effective = effective
        self.expires = expires
        self.parties = parties
        self.clauses = clauses
        self.notes = notes
    }

    /// Agreements belong to the consortium, not to one partner.
    public var ownerID: Partner.ID? { nil }
}

extension Agreement {
    /// A signatory of an agreement.
    public struct Party: Codable, Sendable, Hashable {
        /// The partner.
        public var partner: Partner.ID
        /// The day the partner withdrew (it is no longer a party from that day), or `nil`.
        public var withdrawn: Day?

        /// Creates a party.
        public init(partner: Partner.ID, withdrawn: Day? = nil) {
            self.partner = partner
            self.withdrawn = withdrawn
        }

        /// Whether the partner is still a party on `day`.
        public func isActive(on day: Day) -> Bool {
            withdrawn.map { day < $0 } ?? true
        }
    }
}
