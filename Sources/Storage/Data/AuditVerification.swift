/// The result of checking the audit log's hash chain from its first entry.
public struct AuditVerification: Sendable, Hashable, CustomStringConvertible {
    /// The entries checked.
    public var entries: Int64
    /// The first entry that breaks the chain, and how; `nil` when the chain is intact.
    public var firstBreak: Break?
    /// The hash of the last entry (the log's head), to compare with a copy kept elsewhere.
    public var headHash: String

    /// Where and how the chain breaks.
    public struct Break: Sendable, Hashable {
        /// The entry's sequence number.
        public var sequence: Int64
        /// What is wrong with it.
        public var reason: String
    }

    /// Whether every entry is numbered in order and chained to the previous one.
    public var isIntact: Bool { firstBreak == nil }

    public var description: String {
        if let firstBreak {
            return "audit chain broken at entry \(firstBreak.sequence) of \(entries): \(firstBreak.reason)"
        }
        return "audit chain intact: \(entries) entries, head \(headHash)"
    }

    /// Checks `entries` (in sequence order) continuing from `state`; returns the new state.
    static func check(_ batch: [AuditEntry], from state: AuditVerification) -> AuditVerification {
        var state = state
        for entry in batch where state.firstBreak == nil {
            let expected = state.entries + 1
            if entry.sequence != expected {
                state.firstBreak = Break(
                    sequence: entry.sequence, reason: "numbered \(entry.sequence), expected \(expected)")
            } else if entry.previousHash != state.headHash {
                state.firstBreak = Break(
                    sequence: entry.sequence, reason: "its previous hash does not match the previous entry")
            } else if entry.computedHash != entry.hash {
                state.firstBreak = Break(sequence: entry.sequence, reason: "its content does not match its hash")
            } else {
                state.entries = entry.sequence
                state.headHash = entry.hash
            }
        }
        return state
    }
}
