import Consortium
import Crypto
import Orbits

/// One line of the data exchange's audit log: who did what to which product, and the outcome.
///
/// Entries are numbered from 1 (`sequence`) and chained: `previousHash` is the SHA-256 of the
/// previous entry's `canonicalBytes` (64 zeros for the first), and `hash` that of this entry's.
/// Changing, removing or reordering any stored entry breaks the chain at that point
/// (`AuditVerification`).
public struct AuditEntry: Codable, Sendable, Hashable {
    /// What was done.
    public enum Action: String, Codable, Sendable, Hashable, CaseIterable {
        case upload, download, read, policyChange, list
    }

    /// How it ended.
    public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable {
        /// Done.
        case ok
        /// Refused by the access rules (answered 404 or 403).
        case denied
        /// Refused for a bad request (wrong hash, quota, invalid metadata), nothing stored.
        case rejected
    }

    /// The hash before the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The position in the log, from 1.
    public var sequence: Int64
    /// When it happened: ISO-8601 UTC to the microsecond, exactly as stored and hashed.
    public var time: String
    /// What was done.
    public var action: Action
    /// How it ended.
    public var outcome: Outcome
    /// The user who asked, if authenticated.
    public var user: String?
    /// The user's partner.
    public var partner: String?
    /// The product concerned, if any (also an unknown id that was asked for).
    public var product: String?
    /// The product's producer, when the product exists: its stewards read the entry.
    public var producer: String?
    /// What happened, in a sentence (sizes, hashes, the access decision).
    public var detail: String
    /// The SHA-256 of the previous entry's canonical bytes, hex.
    public var previousHash: String
    /// The SHA-256 of this entry's canonical bytes, hex.
    public var hash: String

    /// The bytes hashed: every field but `hash`, each as `name=<length>:<UTF-8 text>\n` in a fixed
    /// order (lengths make the encoding unambiguous; absent values are written `-1:`).
    public var canonicalBytes: [UInt8] {
        var bytes: [UInt8] = []
        func field(_ name: String, _ value: String?) {
            bytes += Array(name.utf8) + [UInt8(ascii: "=")]
            if let value {
                bytes += Array("\(value.utf8.count):".utf8) + Array(value.utf8)
            } else {
                bytes += Array("-1:".utf8)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        field("seq", String(sequence))
        field("time", time)
        field("action", action.rawValue)
        field("outcome", outcome.rawValue)
        field("user", user)
        field("partner", partner)
        field("product", product)
        field("producer", producer)
        field("detail", detail)
        field("previous", previousHash)
        return bytes
    }

    /// The SHA-256 of `canonicalBytes`, hex.
    public var computedHash: String {
        BlobStore.hex(SHA256.hash(data: canonicalBytes))
    }
}

/// What an audit entry will say, before the log numbers and chains it.
public struct AuditRecord: Sendable, Hashable {
    public var at: Instant
    public var action: AuditEntry.Action
    public var outcome: AuditEntry.Outcome
    public var user: String?
    public var partner: String?
    public var product: String?
    public var producer: String?
    public var detail: String

    /// Creates a record; `principal` fills `user` and `partner`.
    public init(
        at: Instant, action: AuditEntry.Action, outcome: AuditEntry.Outcome, principal: Principal?,
        product: String? = nil, producer: Partner.ID? = nil, detail: String
    ) {
        self.at = at
        self.action = action
        self.outcome = outcome
        self.user = principal?.user.rawValue
        self.partner = principal?.partner.rawValue
        self.product = product.map { String($0.prefix(80)) }
        self.producer = producer?.rawValue
        self.detail = String(detail.prefix(1000))
    }
}
