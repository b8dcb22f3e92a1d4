import Orbits

/// A spacecraft registered by its owner: identifiers, status and current orbit.
public struct Spacecraft: Entity {
    /// Where a spacecraft stands.
    public enum Status: String, Codable, Sendable, Hashable, CaseIterable {
        case planned, operational, degraded, decommissioned
    }

    /// The id of a spacecraft record.
    public typealias ID = Identifier<Spacecraft>

    public static var kind: EntityKind { .spacecraft }

    /// The record's id, e.g. `iss`.
    public var id: ID
    /// The spacecraft's name.
    public var name: String
    /// The operating partner.
    public var owner: Partner.ID
    /// The NORAD catalog number (1...339,999 with Alpha-5), `nil` before launch.
    public var noradID: Int?
    /// The COSPAR international designator, `YYYY-NNNP{PP}` (e.g. `1998-067A`).
    public var cosparID: String?
    /// Where it stands.
    public var status: Status
    /// The latest orbit, as a TLE or an OMM; `nil` before launch.
    public var orbit: Orbit?

    /// Creates a spacecraft record.
    public init(
        id: ID, name: String, owner: Partner.ID, noradID: Int? = nil, cosparID: String? = nil,
        status: Status, orbit: Orbit? = nil
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.noradID = noradID
        self.cosparID = cosparID
        self.status = status
        self.orbit = orbit
    }

    public var ownerID: Partner.ID? { owner }

    /// Checks the name, the id formats, and that the orbit parses and is of this spacecraft.
    public func validate() throws(DomainError) {
        try TextRules.requireName(name, field: "name")
        if let noradID, !(1...339_999).contains(noradID) {
            throw DomainError(.outOfRange, field: "noradID", detail: "\(noradID) is not a catalog number 1...339999")
        }
        if let cosparID, !Self.isCOSPAR(cosparID) {
            throw DomainError(
                .invalidFormat, field: "cosparID", detail: "'\(cosparID.prefix(20))' is not a COSPAR id like 1998-067A")
        }
        if let orbit {
            let elements = try orbit.meanElements(field: "orbit")
            if let noradID, elements.catalogNumber != noradID {
                throw DomainError(
                    .invalidOrbit, field: "orbit",
                    detail: "the elements are of catalog number \(elements.catalogNumber), not \(noradID)")
            }
        }
    }

    /// Whether `text` is `YYYY-NNN` followed by one to three piece letters.
    static func isCOSPAR(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (9...11).contains(bytes.count), bytes[4] == UInt8(ascii: "-") else { return false }
        let digits = bytes[0..<4] + bytes[5..<8]
        let letters = bytes[8...]
        return digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && letters.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
