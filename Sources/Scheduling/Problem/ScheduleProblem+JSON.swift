import Foundation

extension ScheduleProblem {
    /// The first fields of a file, read before the rest so that a file of another format or
    /// version gets that error rather than one about a missing field.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// Reads a problem from JSON and checks every rule of the format (``validate()``).
    /// - Throws: `SchedulingError` naming the JSON path of the first value at fault.
    public static func decode(_ data: Data) throws(SchedulingError) -> ScheduleProblem {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch let error as DecodingError {
            throw SchedulingError(decoding: error)
        } catch {
            throw SchedulingError(.malformed, field: "", detail: "\(error)")
        }
        guard let format = header.format else {
            throw SchedulingError(.missingField, field: "format", detail: "expected \"\(formatName)\"")
        }
        guard format == formatName else {
            throw SchedulingError(.wrongFormat, field: "format", detail: "'\(format)' is not \"\(formatName)\"")
        }
        guard let version = header.version else {
            throw SchedulingError(.missingField, field: "version", detail: "expected \(currentVersion)")
        }
        guard version == currentVersion else {
            throw SchedulingError(
                .unsupportedVersion, field: "version",
                detail: "version \(version) is not supported (\(currentVersion) is)")
        }
        let problem: ScheduleProblem
        do {
            problem = try decoder.decode(ScheduleProblem.self, from: data)
        } catch let error as DecodingError {
            throw SchedulingError(decoding: error)
        } catch {
            throw SchedulingError(.malformed, field: "", detail: "\(error)")
        }
        try problem.validate()
        return problem
    }

    /// The problem as JSON, keys sorted; `pretty` indents it for people.
    public func encoded(pretty: Bool = false) throws(SchedulingError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        do {
            return try encoder.encode(self)
        } catch {
            throw SchedulingError(.invalidValue, field: "", detail: "cannot encode: \(error)")
        }
    }
}
