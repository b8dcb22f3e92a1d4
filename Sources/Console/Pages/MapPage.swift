import Consortium
import Foundation
import Orbits
import Storage

/// The map: the viewer's stations with their visibility circles for a chosen altitude, the
/// ground tracks of chosen spacecraft for the next orbits, and the day/night terminator.
enum MapPage {
    struct StationRow: Sendable {
        var number: Int
        var name: String
        var owner: String
        var network: String
        var latitude: String
        var longitude: String
        var antennas: String
        var isOwn: Bool
    }

    struct SpacecraftOption: Sendable {
        var id: String
        var name: String
        var checked: Bool
    }

    struct TrackRow: Sendable {
        var name: String
        var latitude: String
        var longitude: String
        var period: String
    }

    struct Body: Sendable {
        var stations: [StationRow]
        var options: [SpacecraftOption]
        var tracks: [TrackRow]
        var altitude: String
        var orbits: String
        var chart: String?
        var caption: String
    }

    /// The most spacecraft drawn at once.
    static let maximumTracks = 6
    /// The altitudes accepted, km.
    static let altitudes = 160.0...40_000.0

    @Sendable static func render(_ input: PageInput) async throws -> PageContent {
        let viewer = input.viewer
        let partners = try await viewer.visible(Partner.self, in: input.repository).map(\.value)
        let names = PartnerNames(partners)
        let stations = try await viewer.visible(Station.self, in: input.repository).map(\.value)
        let flying = try await viewer.visible(Spacecraft.self, in: input.repository).map(\.value)
            .filter { $0.orbit != nil && $0.status != .decommissioned }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let altitude =
            input.query["alt"].flatMap(Double.init).map { min(max($0, altitudes.lowerBound), altitudes.upperBound) }
            ?? 500
        let orbits = input.query["orbits"].flatMap(Int.init).map { min(max($0, 1), 5) } ?? 2
        let chosen = selection(input.queryLists["sc"] ?? [], from: flying, viewer: viewer)

        var tracks: [TrackRow] = []
        var drawn: [Spacecraft] = []
        for spacecraft in flying where chosen.contains(spacecraft.id) {
            guard let period = OrbitSamples.periodMinutes(of: spacecraft),
                let first = OrbitSamples.groundTrack(of: spacecraft, from: input.now, minutes: 0).first
            else { continue }
            drawn.append(spacecraft)
            tracks.append(
                TrackRow(
                    name: spacecraft.name, latitude: input.format.number(first.latitude, digits: 2) + "°",
                    longitude: input.format.number(first.longitude, digits: 2) + "°",
                    period: input.format.number(period, digits: 1) + " min"))
        }
        let body = Body(
            stations: stations.enumerated().map { index, station in
                StationRow(
                    number: index + 1, name: station.name, owner: names[station.owner], network: station.network ?? "—",
                    latitude: input.format.number(station.latitude, digits: 2) + "°",
                    longitude: input.format.number(station.longitude, digits: 2) + "°",
                    antennas: station.antennas.map(\.name).joined(separator: ", "), isOwn: viewer.isOwn(station.owner))
            },
            options: flying.map {
                SpacecraftOption(id: $0.id.rawValue, name: $0.name, checked: chosen.contains($0.id))
            },
            tracks: tracks, altitude: input.format.number(altitude, digits: 0), orbits: String(orbits),
            chart: MapChart.svg(
                stations: stations, tracks: drawn, orbits: orbits, altitudeKm: altitude, at: input.now, input: input),
            caption: input.text(
                "map_caption",
                ["altitude": input.format.number(altitude, digits: 0), "time": input.format.dateTime(input.now)]))
        return PageContent(template: "map", titleKey: "map_title", body: body)
    }

    /// The spacecraft asked for (at most `maximumTracks`), or by default up to three of the
    /// viewer's own, else the first three visible.
    static func selection(_ asked: [String], from flying: [Spacecraft], viewer: Viewer) -> Set<Spacecraft.ID> {
        let known = Set(flying.map(\.id))
        let picked = asked.compactMap { Spacecraft.ID(rawValue: $0) }.filter(known.contains)
        if !picked.isEmpty { return Set(picked.prefix(maximumTracks)) }
        let own = flying.filter { viewer.isOwn($0.owner) }
        return Set((own.isEmpty ? flying : own).prefix(3).map(\.id))
    }
}
