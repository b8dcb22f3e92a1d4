import Foundation
import Orbits

/// Element files for `concord screen`: TLE/3LE or OMM, told apart by content.
enum CatalogFile {
    /// The element sets of `path` (TLE when it has TLE line pairs, OMM otherwise).
    static func load(_ path: String, skipsInvalid: Bool) throws(CommandError) -> [MeanElements] {
        let data = try InputFile.data(path)
        let text = String(decoding: data, as: UTF8.self)
        let looksLikeTLE = text.split(whereSeparator: \.isNewline).prefix(20).contains { $0.hasPrefix("1 ") }
        var elements: [MeanElements]
        var errors: [String]
        if looksLikeTLE {
            let catalog = TLECatalog(bytes: data, file: path)
            (elements, errors) = (catalog.elements, catalog.errors.map(\.description))
        } else {
            do {
                let result = try OMM.readAll(text, file: path)
                (elements, errors) = (result.messages.map(\.meanElements), result.errors.map(\.description))
            } catch {
                throw CommandError(.invalidContent, file: path, error.description)
            }
        }
        if let first = errors.first {
            guard skipsInvalid else {
                throw CommandError(
                    .invalidContent, file: path,
                    "\(first) (\(errors.count) invalid element sets); use --skip-invalid to go on without them")
            }
            Diagnostics.warn(errors.map { "skipped invalid element set: \($0)" })
        }
        guard !elements.isEmpty else { throw CommandError(.emptyInput, file: path, "holds no element set") }
        return elements
    }

    /// `--primaries`: NORAD numbers (`25544,48274`) that must be in `catalog`, or an element
    /// file whose objects absent from `catalog` are returned to be added to it.
    static func primaries(
        _ argument: String, catalog: [MeanElements], skipsInvalid: Bool
    ) throws(CommandError) -> (ids: Set<Int>, extra: [MeanElements]) {
        if FileManager.default.fileExists(atPath: argument) {
            let elements = try load(argument, skipsInvalid: skipsInvalid)
            let present = Set(catalog.map(\.catalogNumber))
            return (Set(elements.map(\.catalogNumber)), elements.filter { !present.contains($0.catalogNumber) })
        }
        var ids = Set<Int>()
        for part in argument.split(separator: ",") {
            guard let id = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw CommandError(.unreadableFile, file: argument, "--primaries: neither a file nor NORAD numbers")
            }
            ids.insert(id)
        }
        let present = Set(catalog.map(\.catalogNumber))
        let missing = ids.subtracting(present).sorted()
        guard missing.isEmpty else {
            throw CommandError(
                .unknownObject,
                "--primaries: no element set for NORAD \(missing.map(String.init).joined(separator: ", "))")
        }
        return (ids, [])
    }
}
