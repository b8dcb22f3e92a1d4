import Orbits

/// The header of a CDM: who made it, when, for whom (508.0-B-1 §3.2).
public struct CDMHeader: Sendable, Hashable {
    /// `COMMENT` lines of the header, in order.
    public var comments: [String]
    /// `CREATION_DATE` (UTC).
    public var creationDate: Instant
    /// `ORIGINATOR` (e.g. `JSPOC`, `CONCORD`).
    public var originator: String
    /// `MESSAGE_FOR`: the spacecraft or operator the message is for, when stated.
    public var messageFor: String?
    /// `MESSAGE_ID`: unique per originator.
    public var messageID: String

    /// A header with these fields.
    public init(
        comments: [String] = [], creationDate: Instant, originator: String, messageFor: String? = nil,
        messageID: String
    ) {
        self.comments = comments
        self.creationDate = creationDate
        self.originator = originator
        self.messageFor = messageFor
        self.messageID = messageID
    }
}
