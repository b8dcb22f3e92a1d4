/// The messages read from a file that may hold many (CSV rows, JSON array, NDM/XML, KVN messages
/// back to back), together with the errors of the records that were skipped.
///
/// Like a TLE catalog load: one bad row does not lose the others.
public struct OMMReadResult: Sendable {
    /// The messages read, in file order.
    public var messages: [OMM]
    /// One error per skipped record, in file order; each names the record and line.
    public var errors: [OMMError]

    /// Creates a result.
    public init(messages: [OMM] = [], errors: [OMMError] = []) {
        self.messages = messages
        self.errors = errors
    }
}
