import ArgumentParser
import Consortium
import Logging
import Orbits
import Storage

/// `concord import stations FILE --owner P`: ground stations from any station file `concord
/// passes` reads (Concord CSV, SatNOGS JSON, NASA NDOSL, brahe GeoJSON), created or updated by id.
struct ImportStationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: "Import ground stations for a partner (Concord CSV, SatNOGS, NDOSL or brahe files).",
        discussion: """
            Station ids become registry ids (lower-cased, other characters replaced by '-'). An
            existing station of the same id and owner is updated; one of another owner is refused.
            Any invalid record and nothing is imported.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The station file.")
    var file: String

    @Option(help: "The partner that owns the stations.")
    var owner: String

    @Option(help: "Minimum elevation in degrees for files that do not give one.")
    var minElevation = 0.0

    func run() async throws {
        let ownerID = try Identifier<Partner>(owner, field: "--owner")
        let loaded = try StationSource.load(file, defaultMinimumElevation: minElevation, rejectingInvalid: true)
        let stations = try loaded.stations.map { ground in
            Station(
                id: try Identifier(Self.slug(ground.id), field: "id"),
                name: ground.name.isEmpty ? ground.id : ground.name,
                owner: ownerID, network: ground.network, latitude: ground.latitudeDegrees,
                longitude: ground.longitudeDegrees, heightMeters: ground.heightMeters,
                antennas: ground.bands.isEmpty
                    ? []
                    : [
                        Station.Antenna(
                            name: "main", diameterMeters: 0, bands: ground.bands.compactMap(Station.Band.init))
                    ],
                horizonMask: Station.Mask(
                    minimumElevation: ground.horizonMask.lowestElevationDegrees,
                    points: ground.horizonMask.points.map {
                        Station.Mask.Point(azimuth: $0.azimuthDegrees, elevation: $0.minimumElevationDegrees)
                    }))
        }
        let repository = try await database.open(logger: Logger(label: "concord.import"))
        let path = file
        do {
            let (created, updated) = try await repository.transaction { store in
                var created = 0
                var updated = 0
                for station in stations {
                    if let existing = try await store.get(Station.self, id: station.id) {
                        guard existing.value.owner == station.owner else {
                            throw CommandError(
                                .invalidContent, file: path,
                                "station '\(station.id)' exists and belongs to '\(existing.value.owner)'")
                        }
                        _ = try await store.update(station, expectedVersion: existing.version)
                        updated += 1
                    } else {
                        _ = try await store.create(station)
                        created += 1
                    }
                }
                return (created, updated)
            }
            try? await repository.refreshStatistics()
            await repository.shutdown()
            print(
                "imported \(stations.count) stations from \(file) (\(loaded.kind.rawValue)): \(created) created, \(updated) updated"
            )
        } catch {
            await repository.shutdown()
            if error is CommandError { throw error }
            throw CommandError(.invalidContent, file: file, "nothing imported: \(error)")
        }
    }

    /// A registry id from a station id: lower-cased, runs of other characters as one '-'.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return String(result.prefix(64))
    }
}
