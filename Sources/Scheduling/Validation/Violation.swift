/// One way a schedule breaks a rule of its problem, naming the contacts at fault.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// Which rule is broken. Extensible: new kinds may be added.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let name: String
        private init(_ name: String) { self.name = name }

        /// The contact names a request the problem does not have.
        public static let unknownRequest = Kind("unknownRequest")
        /// The contact names a resource that is neither an antenna nor a group.
        public static let unknownResource = Kind("unknownResource")
        /// The contact's end is not after its start.
        public static let emptyContact = Kind("emptyContact")
        /// The tracking time leaves the request's window.
        public static let outsideWindow = Kind("outsideWindow")
        /// The tracking time is not inside one view period of the request on that resource
        /// (including: the request has no view period there at all).
        public static let outsideViewPeriod = Kind("outsideViewPeriod")
        /// A full-pass request's contact does not span its whole view period.
        public static let notFullPass = Kind("notFullPass")
        /// The tracking time is not inside one of the request's allowed spans.
        public static let outsideAllowedSpans = Kind("outsideAllowedSpans")
        /// The contact is shorter than the request allows.
        public static let tooShort = Kind("tooShort")
        /// The contact is longer than the request allows.
        public static let tooLong = Kind("tooLong")
        /// The request has more contacts than it allows.
        public static let tooManyContacts = Kind("tooManyContacts")
        /// The request has some contacts but fewer than its `minContacts`.
        public static let tooFewContacts = Kind("tooFewContacts")
        /// Two of the request's contacts are closer than its `minGapSeconds`.
        public static let tooClose = Kind("tooClose")
        /// The request's contacts add up to more than its total.
        public static let overTotal = Kind("overTotal")
        /// Two contacts keep one antenna busy at the same time (setup and teardown included).
        public static let antennaOverlap = Kind("antennaOverlap")
        /// One spacecraft is tracked by two resources at the same time.
        public static let spacecraftOverlap = Kind("spacecraftOverlap")
        /// The contact (with setup and teardown) overlaps an antenna's downtime.
        public static let downtime = Kind("downtime")
        /// A partner other than the owner uses an antenna during the owner's reservation.
        public static let reserved = Kind("reserved")
        /// The antenna's owner excludes the request's partner.
        public static let excludedPartner = Kind("excludedPartner")

        public var description: String { name }
    }

    /// Which rule is broken.
    public var kind: Kind
    /// Indices in `Schedule.contacts` of the contacts at fault (two for an overlap).
    public var contacts: [Int]
    /// The antenna, request or spacecraft concerned, when there is one.
    public var subject: String?
    /// A sentence for the user with the times and amounts involved.
    public var detail: String

    /// Creates a violation.
    public init(_ kind: Kind, contacts: [Int], subject: String? = nil, detail: String) {
        self.kind = kind
        self.contacts = contacts
        self.subject = subject
        self.detail = detail
    }

    public var description: String {
        let who = contacts.map { "contacts[\($0)]" }.joined(separator: ", ")
        return "\(kind) \(who)\(subject.map { " (\($0))" } ?? ""): \(detail)"
    }
}
