import Orbits

/// A CCSDS Conjunction Data Message (508.0-B-1): one close approach between two objects, with
/// both states and covariances at TCA, as operators exchange them.
///
/// Read with ``CDM/read(_:file:)`` (KVN or XML, detected), written with ``kvn()`` and ``xml()``.
/// The hard-body radius is not a CDM keyword; operators put it in a `COMMENT` (see
/// ``hardBodyRadius``).
public struct CDM: Sendable, Hashable {
    /// `CCSDS_CDM_VERS` (`1.0`; `2.0` messages are read, their extra keywords kept as text).
    public var version: String
    /// The header.
    public var header: CDMHeader
    /// Relative metadata and data.
    public var relative: CDMRelativeData
    /// `OBJECT1`, the primary.
    public var object1: CDMObject
    /// `OBJECT2`, the secondary.
    public var object2: CDMObject

    /// A message with these parts.
    public init(
        version: String = "1.0", header: CDMHeader, relative: CDMRelativeData, object1: CDMObject,
        object2: CDMObject
    ) {
        self.version = version
        self.header = header
        self.relative = relative
        self.object1 = object1
        self.object2 = object2
    }
}

/// A CDM read from text, with what was tolerated on the way.
public struct CDMReadResult: Sendable, Hashable {
    /// The message.
    public var cdm: CDM
    /// Non-fatal findings (a non-standard unit, `NaN` or empty optional values read as absent).
    public var warnings: [CDMError]
}

extension CDM {
    /// Reads one CDM from `text`, KVN or NDM/XML (detected from the first non-blank character).
    /// Throws a ``CDMError`` naming the line and keyword of the first fatal problem.
    public static func read(_ text: String, file: String? = nil) throws(CDMError) -> CDMReadResult {
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = trimmed.first else { throw CDMError(.noMessage, file: file) }
        if first == "<" { return try CDMXMLReader(file: file).read(text) }
        return try CDMKVNReader(text: text, file: file).read()
    }
}
