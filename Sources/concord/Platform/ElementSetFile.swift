import Consortium
import Foundation
import Orbits

/// The element sets of a TLE or OMM file, each with the verbatim text to store as an orbit.
struct ElementSetFile {
    /// One element set ready to import.
    struct Set: Sendable {
        var catalogNumber: Int
        var name: String
        var line: Int
        var orbit: Spacecraft.Orbit
    }

    /// Reads `path`; any bad element set fails the whole file, naming its line.
    static func read(_ path: String) throws -> [Set] {
        let data = try InputFile.data(path)
        let text = String(decoding: data, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("1 ") || trimmed.hasPrefix("0 ") || looksLikeTLE(text) {
            return try readTLE(text, path: path)
        }
        return try readOMM(text, path: path)
    }

    private static func looksLikeTLE(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("1 ") && $0.count >= 69 }
    }

    private static func readTLE(_ text: String, path: String) throws -> [Set] {
        let catalog = TLECatalog(text: text, file: path)
        if let error = catalog.errors.first {
            throw CommandError(.invalidContent, file: path, "\(error) (nothing imported)")
        }
        guard !catalog.entries.isEmpty else { throw CommandError(.emptyInput, file: path, "holds no element set") }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        return catalog.entries.map { entry in
            let index = entry.line - 1
            var block = [lines[index], lines[index + 1]]
            if entry.elements.name != nil, index >= 1 { block.insert(lines[index - 1], at: 0) }
            return Set(
                catalogNumber: entry.elements.catalogNumber,
                name: entry.elements.name ?? "NORAD \(entry.elements.catalogNumber)",
                line: entry.line, orbit: Spacecraft.Orbit(format: .tle, text: block.joined(separator: "\n")))
        }
    }

    private static func readOMM(_ text: String, path: String) throws -> [Set] {
        let result: OMMReadResult
        do {
            result = try OMM.readAll(text, file: path)
        } catch {
            throw CommandError(.invalidContent, file: path, "\(error) (nothing imported)")
        }
        if let error = result.errors.first {
            throw CommandError(.invalidContent, file: path, "\(error) (nothing imported)")
        }
        guard !result.messages.isEmpty else { throw CommandError(.emptyInput, file: path, "holds no OMM") }
        return result.messages.enumerated().map { index, message in
            let elements = message.meanElements
            return Set(
                catalogNumber: elements.catalogNumber, name: elements.name ?? "NORAD \(elements.catalogNumber)",
                line: index + 1, orbit: Spacecraft.Orbit(format: .omm, text: message.encoded(as: .kvn)))
        }
    }
}
