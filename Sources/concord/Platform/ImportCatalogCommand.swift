import ArgumentParser
import Consortium
import Foundation
import Logging
import Orbits
import SpaceSafety
import Storage

/// `concord import catalog FILE`: replaces the stored public catalog (the secondaries of the
/// platform's screening runs) with the element sets of a 3LE/TLE or OMM file.
struct ImportCatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Replace the stored public catalog with a 3LE/TLE or OMM file (all or nothing).",
        discussion: """
            The catalog is what `concord serve` screens the partners' spacecraft against
            (POST /api/v1/screenings, --screen-every). Every element set must parse (checksums,
            ranges) and each NORAD id appear once: one bad set and nothing is stored, the error
            naming the file and line. The previous catalog is replaced in one transaction.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The 3LE/TLE or OMM (KVN, XML, JSON, CSV) file.")
    var file: String

    func run() async throws {
        let objects = try Self.objects(in: file)
        let repository = try await database.open(logger: Logger(label: "concord.import"))
        do {
            try await repository.replaceCatalog(objects, at: .now)
            await repository.shutdown()
        } catch {
            await repository.shutdown()
            throw CommandError(.invalidContent, file: file, "nothing imported: \(error)")
        }
        let epochs = objects.map(\.epoch).sorted()
        print(
            "imported \(objects.count) catalog objects from \(file) (epochs \(Self.day(epochs[0])) to "
                + "\(Self.day(epochs[epochs.count - 1]))); the previous catalog was replaced")
    }

    /// The catalog objects of `path`; a bad element set or a repeated NORAD id names its line.
    static func objects(in path: String) throws -> [CatalogObject] {
        let sets = try ElementSetFile.read(path)
        var lines: [Int: Int] = [:]
        var objects: [CatalogObject] = []
        objects.reserveCapacity(sets.count)
        for set in sets {
            if let first = lines.updateValue(set.line, forKey: set.catalogNumber) {
                throw CommandError(
                    .invalidContent, file: path,
                    "line \(set.line): NORAD \(set.catalogNumber) appears again (first at line \(first)); nothing imported")
            }
            do {
                objects.append(try CatalogObject(elements: set.orbit, field: "line \(set.line)"))
            } catch {
                throw CommandError(.invalidContent, file: path, "line \(set.line): \(error.detail); nothing imported")
            }
        }
        return objects
    }

    /// `2026-03-19`.
    static func day(_ instant: Instant) -> String {
        String(instant.iso8601(fractionDigits: 0, zulu: true).prefix(10))
    }
}
