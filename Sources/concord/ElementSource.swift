import ArgumentParser
import Orbits

/// The options that choose the satellites: one element file (`--tle` or `--omm`) and,
/// optionally, the NORAD catalog numbers to keep (`--id`, repeatable).
struct ElementSource: ParsableArguments {
    @Option(
        name: .customLong("tle"),
        help: ArgumentHelp(
            "Two- or three-line element file (2LE/3LE, CRLF, Alpha-5; .gz accepted).", valueName: "file"))
    var tlePath: String?

    @Option(
        name: .customLong("omm"),
        help: ArgumentHelp(
            "CCSDS OMM file: KVN, XML, JSON or CelesTrak CSV, detected from the content (.gz accepted).",
            valueName: "file"))
    var ommPath: String?

    @Option(
        name: .customLong("id"),
        help: ArgumentHelp(
            "NORAD catalog number to use (repeat for several); default: every object in the file.",
            valueName: "norad"))
    var catalogNumbers: [Int] = []

    @Flag(
        name: .customLong("skip-invalid"),
        help: "Skip element sets that do not parse (warning on stderr) instead of failing.")
    var skipsInvalid = false

    /// Exactly one of `--tle` and `--omm`.
    func validate() throws {
        switch (tlePath, ommPath) {
        case (nil, nil): throw ValidationError("Give the satellites with --tle <file> or --omm <file>.")
        case (.some, .some): throw ValidationError("Give either --tle or --omm, not both.")
        default: break
        }
    }

    /// The file given.
    var path: String { tlePath ?? ommPath ?? "" }

    /// The element sets to use, in file order, filtered by `--id`.
    ///
    /// Every element set with a requested number is kept (a file may hold several epochs of
    /// one object). Throws when the file cannot be read, when an element set is invalid (unless
    /// `--skip-invalid`), when a requested number is absent, or when nothing is left.
    func load() throws(CommandError) -> [MeanElements] {
        let all = try tlePath != nil ? loadTLE(path) : loadOMM(path)
        var selected = all
        if !catalogNumbers.isEmpty {
            let wanted = Set(catalogNumbers)
            selected = all.filter { wanted.contains($0.catalogNumber) }
            let present = Set(selected.map(\.catalogNumber))
            let missing = catalogNumbers.filter { !present.contains($0) }
            if !missing.isEmpty {
                let list = missing.map(String.init).joined(separator: ", ")
                throw CommandError(
                    .unknownObject, file: path,
                    "no element set for NORAD catalog number \(list) (the file holds \(all.count) element sets)")
            }
        }
        guard !selected.isEmpty else { throw CommandError(.emptyInput, file: path, "holds no element set") }
        return selected
    }

    /// Reads a TLE file; errors carry the file, line, column and field from `TLEError`.
    private func loadTLE(_ path: String) throws(CommandError) -> [MeanElements] {
        let catalog = TLECatalog(bytes: try InputFile.data(path), file: path)
        try check(errors: catalog.errors.map(\.description), parsed: catalog.entries.count)
        return catalog.elements
    }

    /// Reads an OMM file in any encoding; errors carry the file, line or record and keyword.
    private func loadOMM(_ path: String) throws(CommandError) -> [MeanElements] {
        let text = try InputFile.text(path)
        let result: OMMReadResult
        do {
            result = try OMM.readAll(text, file: path)
        } catch {
            throw CommandError(.invalidContent, file: path, error.description)
        }
        try check(errors: result.errors.map(\.description), parsed: result.messages.count)
        return result.messages.map(\.meanElements)
    }

    /// Fails on the first parse error, or warns and goes on with `--skip-invalid`.
    private func check(errors: [String], parsed: Int) throws(CommandError) {
        guard let first = errors.first else { return }
        if skipsInvalid {
            Diagnostics.warn(errors.map { "skipped invalid element set: \($0)" })
            return
        }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more invalid element sets)" : ""
        throw CommandError(
            .invalidContent, file: path,
            "\(first)\(more); \(parsed) element sets parsed. Use --skip-invalid to ignore invalid sets.")
    }
}
