import Foundation

/// Loads the ground-station GeoJSON files shipped with the brahe astrodynamics package
/// (`data/groundstations/*.json`): a `FeatureCollection` of `Point` features with
/// coordinates `[lon, lat]` (deg; an optional third value is height, m) and properties
/// `name`, `provider`, `frequency_bands`.
///
/// The files carry no height (taken as 0 m) and no mask: the caller gives one.
public enum BraheStationLoader {
    /// Loads one GeoJSON file; see ``parse(_:file:horizonMask:)``.
    public static func load(contentsOf url: URL, horizonMask: HorizonMask) throws(StationError) -> StationLoad {
        try parse(StationLoad.readData(url), file: url.path, horizonMask: horizonMask)
    }

    /// Loads every `*.json` file in `directory`, in file-name order, as one result.
    public static func loadDirectory(_ directory: URL, horizonMask: HorizonMask) throws(StationError) -> StationLoad {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw StationError(.unreadableFile, reason: "cannot list directory", file: directory.path)
        }
        var load = StationLoad()
        for name in names.sorted() where name.hasSuffix(".json") {
            load.append(try Self.load(contentsOf: directory.appendingPathComponent(name), horizonMask: horizonMask))
        }
        return load
    }

    /// Parses one GeoJSON `FeatureCollection`. The station id is `provider:name` (unique
    /// across brahe's files); network is the provider. Bad features are skipped and reported
    /// with their index in `features`; throws when the file is not a FeatureCollection.
    public static func parse(
        _ data: Data, file: String? = nil, horizonMask: HorizonMask
    ) throws(StationError)
        -> StationLoad
    {
        let root = try StationLoad.parseJSON(data, file: file)
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
            let features = collection["features"] as? [Any]
        else {
            throw StationError(.malformedFile, reason: "expected a GeoJSON FeatureCollection with features", file: file)
        }
        var load = StationLoad()
        var seen: Set<String> = []
        for (index, value) in features.enumerated() {
            var recordID: String? = nil
            do throws(StationError) {
                let feature = try JSONRecord(value, what: "feature")
                let properties = try JSONRecord(feature.object["properties"] ?? NSNull(), what: "properties")
                let name = try properties.string("name")
                let provider = properties.optionalString("provider") ?? ""
                let id = provider.isEmpty ? name : "\(provider):\(name)"
                recordID = id
                let geometry = try JSONRecord(feature.object["geometry"] ?? NSNull(), what: "geometry")
                guard geometry.optionalString("type") == "Point" else {
                    throw StationError(
                        .invalidValue, field: "geometry.type",
                        value: geometry.optionalString("type") ?? "", reason: "expected Point")
                }
                let coordinates = try geometry.array("coordinates")
                let numbers = coordinates.compactMap {
                    ($0 as? NSNumber).flatMap { JSONRecord.isBoolean($0) ? nil : $0.doubleValue }
                }
                guard numbers.count == coordinates.count, (2...3).contains(numbers.count) else {
                    throw StationError(
                        .invalidValue, field: "geometry.coordinates", value: "\(coordinates)",
                        reason: "expected [lon, lat] or [lon, lat, height]")
                }
                var bands: [String] = []
                for band in try properties.array("frequency_bands") {
                    if let band = band as? String, !bands.contains(band) { bands.append(band) }
                }
                let station: GroundStation
                do {
                    station = try GroundStation(
                        id: id, name: name, latitudeDegrees: numbers[1], longitudeDegrees: numbers[0],
                        heightMeters: numbers.count == 3 ? numbers[2] : 0, horizonMask: horizonMask,
                        network: provider.isEmpty ? nil : provider, bands: bands)
                } catch {
                    var renamed = error
                    renamed.field = error.field.map { "geometry.coordinates (\($0))" }
                    throw renamed
                }
                guard seen.insert(id).inserted else {
                    throw StationError(
                        .duplicateIdentifier, field: "properties.name", value: name,
                        reason: "station repeated for this provider")
                }
                load.stations.append(station)
            } catch {
                load.rejected.append(error.located(file: file, recordIndex: index, recordID: recordID))
            }
        }
        return load
    }
}
