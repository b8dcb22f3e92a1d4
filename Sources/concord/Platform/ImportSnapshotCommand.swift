import ArgumentParser
import Consortium
import Foundation
import Logging
import Storage

/// `concord import snapshot DIR`: a whole registry folder (partners.json … users.json), as the
/// demo consortium is laid out, in one transaction.
struct ImportSnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract:
            "Import a registry folder (partners.json, stations.json, spacecraft.json, agreements.json, missions.json, users.json).",
        discussion: "Every record and reference is checked first; one bad record and nothing is imported.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The folder, e.g. Demo/consortium.")
    var folder: String

    func run() async throws {
        let snapshot: RegistrySnapshot
        do {
            snapshot = try RegistrySnapshot(folder: URL(fileURLWithPath: folder))
            try snapshot.validate()
        } catch {
            throw CommandError(.invalidContent, file: folder, "\(error) (nothing imported)")
        }
        let repository = try await database.open(logger: Logger(label: "concord.import"))
        do {
            try await repository.importSnapshot(snapshot)
        } catch {
            await repository.shutdown()
            throw CommandError(.invalidContent, file: folder, "\(error) (nothing imported)")
        }
        await repository.shutdown()
        print(
            "imported \(snapshot.partners.count) partners, \(snapshot.agreements.count) agreements, \(snapshot.missions.count) missions, \(snapshot.spacecraft.count) spacecraft, \(snapshot.stations.count) stations, \(snapshot.users.count) users"
        )
    }
}
