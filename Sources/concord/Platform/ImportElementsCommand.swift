import ArgumentParser
import Consortium
import Foundation
import Logging
import Orbits
import Storage

/// `concord import tle|omm FILE`: new orbits for registered spacecraft, matched by NORAD catalog
/// number; unknown objects are created for `--owner`, or refused without it.
struct ImportElementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elements",
        abstract: "Import TLE/3LE or CCSDS OMM element sets: update the orbits of registered spacecraft by NORAD id.",
        discussion: """
            Invoked as `concord import tle FILE` or `concord import omm FILE` (or `elements`; the
            format is recognised by content). Every element set must parse (checksums, ranges): one
            bad set and nothing is imported. Spacecraft not yet registered are created as
            `norad-<number>` for --owner, or refused when --owner is not given.
            """,
        aliases: ["tle", "omm"])

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The TLE/3LE or OMM (KVN, XML, JSON, CSV) file.")
    var file: String

    @Option(help: "The partner that owns spacecraft not yet registered.")
    var owner: String?

    func run() async throws {
        let sets = try ElementSetFile.read(file)
        let ownerID = try owner.map { try Identifier<Partner>($0, field: "--owner") }
        let repository = try await database.open(logger: Logger(label: "concord.import"))
        let path = file
        do {
            let (updated, created) = try await repository.transaction { store in
                var updated = 0
                var created = 0
                for set in sets {
                    let page = try await store.list(
                        Spacecraft.self, scope: .all, filter: ListFilter(["noradID": String(set.catalogNumber)]),
                        page: PageRequest(limit: 2))
                    if let existing = page.items.first {
                        var spacecraft = existing.value
                        spacecraft.orbit = set.orbit
                        _ = try await store.update(spacecraft, expectedVersion: existing.version)
                        updated += 1
                    } else if let ownerID {
                        let spacecraft = Spacecraft(
                            id: try Identifier("norad-\(set.catalogNumber)", field: "id"), name: set.name,
                            owner: ownerID,
                            noradID: set.catalogNumber, status: .operational, orbit: set.orbit)
                        _ = try await store.create(spacecraft)
                        created += 1
                    } else {
                        throw CommandError(
                            .unknownObject, file: path,
                            "line \(set.line): no registered spacecraft has NORAD id \(set.catalogNumber); give --owner to create it"
                        )
                    }
                }
                return (updated, created)
            }
            try? await repository.refreshStatistics()
            await repository.shutdown()
            print(
                "imported \(sets.count) element sets from \(file): \(updated) orbits updated, \(created) spacecraft created"
            )
        } catch {
            await repository.shutdown()
            if error is CommandError { throw error }
            throw CommandError(.invalidContent, file: file, "nothing imported: \(error)")
        }
    }
}
