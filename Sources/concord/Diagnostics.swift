import Foundation

/// Warnings and notes printed on standard error, so standard output holds only the result.
enum Diagnostics {
    /// Prints `concord: warning: message` on standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("concord: warning: \(message)\n".utf8))
    }

    /// Prints at most `limit` of `messages` as warnings, then how many more there were.
    static func warn(_ messages: [String], limit: Int = 10) {
        for message in messages.prefix(limit) { warn(message) }
        if messages.count > limit { warn("... and \(messages.count - limit) more") }
    }
}
