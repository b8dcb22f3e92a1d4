/// Why the console could not start or answer: a resource missing or unreadable, or a request
/// that is not what a console form sends. Carries the code, the field or file involved, and
/// where it was raised.
public struct ConsoleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        /// A template, message catalogue or static file is not in the resource bundle.
        case resourceMissing
        /// A template does not parse, or a catalogue is not a JSON object of strings.
        case resourceInvalid
        /// A form field is missing, too long or not valid.
        case invalidForm
        /// The form's CSRF token does not match the session's.
        case csrfMismatch
    }

    /// What went wrong.
    public var code: Code
    /// The file or form field involved.
    public var field: String
    /// A sentence for the log or the page.
    public var detail: String
    /// The source file that raised it.
    public var file: String
    /// The line that raised it.
    public var line: Int

    /// Creates an error naming `field`.
    public init(_ code: Code, field: String, detail: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.field = field
        self.detail = detail
        self.file = file
        self.line = line
    }

    public var description: String { "\(code.rawValue) (\(field)): \(detail)" }
}
