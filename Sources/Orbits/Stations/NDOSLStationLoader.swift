import Foundation

/// Loads the CSV derived from NASA's Directory of Station Locations (NDOSL, NAIF kernel
/// `ndosl_190716_v02`): columns `stdn_code, nasa_number, lat_deg, lon_deg, height_m,
/// deactivated, location, equipment` (WGS-84 geodetic, height above the ellipsoid).
///
/// The directory has no elevation masks: the caller gives one for every station.
public enum NDOSLStationLoader {
    /// The ``GroundStation/network`` name given to these stations.
    public static let networkName = "NASA NDOSL"

    /// The columns the file must have (in any order; others are ignored).
    public static let requiredColumns = ["stdn_code", "lat_deg", "lon_deg", "height_m", "deactivated", "location"]

    /// Loads the file at `url`; see ``parse(_:file:horizonMask:includeDeactivated:)``.
    public static func load(
        contentsOf url: URL, horizonMask: HorizonMask, includeDeactivated: Bool = false
    ) throws(StationError) -> StationLoad {
        try parse(
            StationLoad.readText(url), file: url.path, horizonMask: horizonMask,
            includeDeactivated: includeDeactivated)
    }

    /// Parses NDOSL CSV text. Stations marked `deactivated` are dropped unless
    /// `includeDeactivated`. The station id is the STDN code, its name the `location`, its
    /// bands the `X-bd`/`X-band` tokens of `equipment`. Bad rows are skipped and reported
    /// with their line number; a missing header column throws.
    public static func parse(
        _ text: String, file: String? = nil, horizonMask: HorizonMask, includeDeactivated: Bool = false
    ) throws(StationError) -> StationLoad {
        let lines = try StationCSV.lines(text, file: file)
        guard let header = lines.first else {
            throw StationError(.malformedFile, reason: "empty file: no header line", file: file)
        }
        var column: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { column[name.lowercased()] = index }
        for name in requiredColumns where column[name] == nil {
            throw StationError(
                .malformedFile, field: name, reason: "header lacks this column", file: file, line: header.number)
        }
        var load = StationLoad()
        var seen: Set<String> = []
        for line in lines.dropFirst() {
            let f = line.fields
            let idColumn = column["stdn_code"]!
            let id = idColumn < f.count ? f[idColumn] : ""
            do throws(StationError) {
                guard f.count == header.fields.count else {
                    throw StationError(
                        .malformedFile, reason: "row has \(f.count) fields, header has \(header.fields.count)")
                }
                let deactivated = f[column["deactivated"]!].lowercased()
                guard ["true", "false"].contains(deactivated) else {
                    throw StationError(
                        .invalidValue, field: "deactivated", value: deactivated, reason: "expected True or False")
                }
                if deactivated == "true" && !includeDeactivated { continue }
                let equipment = column["equipment"].map { f[$0] } ?? ""
                let station = try GroundStation(
                    id: id, name: f[column["location"]!],
                    latitudeDegrees: StationCSV.number(f, column["lat_deg"]!, field: "lat_deg"),
                    longitudeDegrees: StationCSV.number(f, column["lon_deg"]!, field: "lon_deg"),
                    heightMeters: StationCSV.number(f, column["height_m"]!, field: "height_m"),
                    horizonMask: horizonMask, network: networkName, bands: bands(inEquipment: equipment))
                guard seen.insert(id).inserted else {
                    throw StationError(
                        .duplicateIdentifier, field: "stdn_code", value: id, reason: "STDN code repeated")
                }
                load.stations.append(station)
            } catch {
                load.rejected.append(error.located(file: file, line: line.number, recordID: id.isEmpty ? nil : id))
            }
        }
        return load
    }

    /// Band letters named in an NDOSL equipment text: `S-bd X-bd, 11 meter` → `["S", "X"]`;
    /// also `S-band` and `Ka-bd`. Order of first mention, no repeats.
    public static func bands(inEquipment equipment: String) -> [String] {
        var bands: [String] = []
        let tokens = equipment.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" })
        for token in tokens {
            let parts = token.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, ["bd", "band"].contains(parts[1].lowercased()) else { continue }
            let band = String(parts[0])
            guard ["L", "S", "C", "X", "Ku", "K", "Ka", "UHF", "VHF"].contains(band), !bands.contains(band) else {
                continue
            }
            bands.append(band)
        }
        return bands
    }
}
