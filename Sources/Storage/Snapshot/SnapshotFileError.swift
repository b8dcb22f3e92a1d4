/// A snapshot file that cannot be read or decoded, naming the file and the JSON path.
public struct SnapshotFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The JSON path of the bad value, e.g. `[3].clauses.networkShares[0].percent`.
    public var path: String
    /// What is wrong.
    public var detail: String

    /// Creates an error.
    public init(file: String, path: String, detail: String) {
        self.file = file
        self.path = path
        self.detail = detail
    }

    /// Describes a decoding error by its coding path.
    public init(file: String, decoding error: DecodingError) {
        func render(_ path: [any CodingKey]) -> String {
            path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
                .trimmingPrefix(".").description
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(
                file: file, path: render(context.codingPath), detail: "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            self.init(file: file, path: render(context.codingPath), detail: "missing \(type) value")
        case .keyNotFound(let key, let context):
            self.init(
                file: file, path: render(context.codingPath + [key]),
                detail: "missing required key '\(key.stringValue)'")
        case .dataCorrupted(let context):
            self.init(file: file, path: render(context.codingPath), detail: context.debugDescription)
        @unknown default:
            self.init(file: file, path: "", detail: "\(error)")
        }
    }

    public var description: String {
        path.isEmpty ? "\(file): \(detail)" : "\(file): \(path): \(detail)"
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> Substring {
        hasPrefix(prefix) ? dropFirst(prefix.count) : self[...]
    }
}
