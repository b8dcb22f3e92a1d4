import Foundation

/// Concord's own station file: a CSV a person can write by hand (documented in
/// `docs/stations.md`).
///
/// ```
/// # id,name,lat_deg,lon_deg,height_m,min_elevation_deg[,mask[,network[,bands]]]
/// id,name,lat_deg,lon_deg,height_m,min_elevation_deg,mask,network,bands
/// KIR,Kiruna,67.8571252,20.9643417,402.275,5,,ESTRACK,S X
/// HBK,"Hartebeesthoek, ZA",-25.8869,27.7078,1558,,0:8 90:3 180:5 270:10,SANSA,S
/// ```
///
/// Latitude/longitude in degrees (east positive), height above the WGS-84 ellipsoid in
/// metres, minimum elevation in degrees. `mask` is optional `az:el` pairs (see
/// ``HorizonMask/init(parsing:)``); with both, the effective mask is the terrain mask raised
/// to at least `min_elevation_deg`. `bands` are separated by blanks. Blank lines and `#`
/// comments are ignored; the header line is optional.
public enum ConcordStationFile {
    /// Column names, in order; the first six are required.
    public static let columns = [
        "id", "name", "lat_deg", "lon_deg", "height_m", "min_elevation_deg", "mask", "network", "bands",
    ]

    /// Loads the file at `url`; see ``parse(_:file:)``.
    public static func load(contentsOf url: URL) throws(StationError) -> StationLoad {
        try parse(StationLoad.readText(url), file: url.path)
    }

    /// Parses station file text. Bad rows are skipped and reported with their line number
    /// (call ``StationLoad/requireAllValid()`` for all-or-nothing); a wrong header throws.
    public static func parse(_ text: String, file: String? = nil) throws(StationError) -> StationLoad {
        var lines = try StationCSV.lines(text, file: file)
        if let first = lines.first, first.fields.first?.lowercased() == "id" {
            let names = first.fields.map { $0.lowercased() }
            guard names.count >= 6, names.count <= columns.count, Array(columns.prefix(names.count)) == names else {
                throw StationError(
                    .malformedFile, value: first.fields.joined(separator: ","),
                    reason:
                        "header must be \(columns.prefix(6).joined(separator: ",")) then optionally mask,network,bands",
                    file: file, line: first.number)
            }
            lines.removeFirst()
        }
        var load = StationLoad()
        var seen: Set<String> = []
        for line in lines {
            let f = line.fields
            let id = f.first ?? ""
            do throws(StationError) {
                guard f.count >= 6, f.count <= columns.count else {
                    throw StationError(
                        .malformedFile, reason: "row has \(f.count) fields, expected 6 to \(columns.count)")
                }
                let station = try station(from: f)
                guard seen.insert(id).inserted else {
                    throw StationError(.duplicateIdentifier, field: "id", value: id, reason: "station id repeated")
                }
                load.stations.append(station)
            } catch {
                load.rejected.append(error.located(file: file, line: line.number, recordID: id.isEmpty ? nil : id))
            }
        }
        return load
    }

    /// One station from the fields of a row.
    static func station(from f: [String]) throws(StationError) -> GroundStation {
        guard !f[0].isEmpty else { throw StationError(.missingField, field: "id", reason: "station id is empty") }
        let latitude = try StationCSV.number(f, 2, field: "lat_deg")
        let longitude = try StationCSV.number(f, 3, field: "lon_deg")
        let height = f[4].isEmpty ? 0 : try StationCSV.number(f, 4, field: "height_m")
        let maskText = f.count > 6 ? f[6] : ""
        var mask: HorizonMask
        if maskText.isEmpty {
            guard !f[5].isEmpty else {
                throw StationError(
                    .missingField, field: "min_elevation_deg",
                    reason: "give min_elevation_deg, a mask, or both")
            }
            mask = try HorizonMask(minimumElevationDegrees: StationCSV.number(f, 5, field: "min_elevation_deg"))
        } else {
            mask = try HorizonMask(parsing: maskText)
            if !f[5].isEmpty {
                mask = try mask.raised(toAtLeastDegrees: StationCSV.number(f, 5, field: "min_elevation_deg"))
            }
        }
        let network = f.count > 7 && !f[7].isEmpty ? f[7] : nil
        let bands = f.count > 8 ? f[8].split(separator: " ").map(String.init) : []
        do {
            return try GroundStation(
                id: f[0], name: f[1].isEmpty ? f[0] : f[1], latitudeDegrees: latitude, longitudeDegrees: longitude,
                heightMeters: height, horizonMask: mask, network: network, bands: bands)
        } catch {
            var renamed = error
            renamed.field =
                ["latitude": "lat_deg", "longitude": "lon_deg", "height": "height_m"][error.field ?? ""] ?? error.field
            throw renamed
        }
    }

    /// Writes `stations` in this format, with a header; ``parse(_:file:)`` reads it back to
    /// equal stations (numbers are written with full precision).
    public static func render(_ stations: [GroundStation]) -> String {
        var out = columns.joined(separator: ",") + "\n"
        for s in stations {
            let mask = s.horizonMask
            let fields = [
                s.id, s.name, "\(s.latitudeDegrees)", "\(s.longitudeDegrees)", HorizonMask.format(s.heightMeters),
                mask.isConstant ? HorizonMask.format(mask.maximumElevationDegrees) : "",
                mask.isConstant ? "" : mask.text, s.network ?? "", s.bands.joined(separator: " "),
            ]
            out += fields.map(StationCSV.quote).joined(separator: ",") + "\n"
        }
        return out
    }
}
