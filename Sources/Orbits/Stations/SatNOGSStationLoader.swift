import Foundation

/// Loads the SatNOGS Network station list (the JSON array served by
/// `network.satnogs.org/stations_all/`): `id`, `name`, `lat`, `lng` (deg), `altitude`
/// (m, taken as height above the ellipsoid), `min_horizon` (deg, a constant mask), `status`
/// and `antenna[].band` (e.g. `"VHF"` or `"HF, VHF, UHF"`).
public enum SatNOGSStationLoader {
    /// A SatNOGS station's operational status.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Observing and reporting.
        case online = "Online"
        /// Reporting, not yet trusted.
        case testing = "Testing"
        /// Not seen recently.
        case offline = "Offline"
    }

    /// The ``GroundStation/network`` name given to SatNOGS stations.
    public static let networkName = "SatNOGS"

    /// Loads the file at `url`; see ``parse(_:file:statuses:)``.
    public static func load(contentsOf url: URL, statuses: Set<Status>? = nil) throws(StationError) -> StationLoad {
        try parse(StationLoad.readData(url), file: url.path, statuses: statuses)
    }

    /// Parses a SatNOGS station list. Only stations whose status is in `statuses` are kept
    /// (`nil`: all); others are dropped silently, before validation. Records with a missing
    /// or out-of-range field, an unknown status or a repeated id are skipped and reported in
    /// ``StationLoad/rejected``. Throws only when the file itself is not a JSON array.
    public static func parse(
        _ data: Data, file: String? = nil, statuses: Set<Status>? = nil
    ) throws(StationError)
        -> StationLoad
    {
        guard let records = try StationLoad.parseJSON(data, file: file) as? [Any] else {
            throw StationError(.malformedFile, reason: "expected a JSON array of stations", file: file)
        }
        var load = StationLoad()
        var seen: Set<String> = []
        for (index, value) in records.enumerated() {
            var recordID: String? = nil
            do throws(StationError) {
                let record = try JSONRecord(value, what: "station")
                let id = try record.string("id")
                recordID = id
                let statusText = try record.string("status")
                guard let status = Status(rawValue: statusText) else {
                    throw StationError(
                        .invalidValue, field: "status", value: statusText,
                        reason: "expected Online, Testing or Offline")
                }
                if let statuses, !statuses.contains(status) { continue }
                let station = try station(from: record, id: id)
                guard seen.insert(id).inserted else {
                    throw StationError(.duplicateIdentifier, field: "id", value: id, reason: "station id repeated")
                }
                load.stations.append(station)
            } catch {
                load.rejected.append(error.located(file: file, recordIndex: index, recordID: recordID))
            }
        }
        return load
    }

    /// Builds one station from a decoded record, naming the SatNOGS field on failure.
    static func station(from record: JSONRecord, id: String) throws(StationError) -> GroundStation {
        let latitude = try record.number("lat")
        let longitude = try record.number("lng")
        let altitude = try record.number("altitude")
        let minHorizon = try record.number("min_horizon")
        let mask: HorizonMask
        do {
            mask = try HorizonMask(minimumElevationDegrees: minHorizon)
        } catch {
            throw StationError(.outOfRange, field: "min_horizon", value: "\(minHorizon)", reason: error.reason)
        }
        var bands: [String] = []
        for antenna in try record.array("antenna") {
            guard let band = (antenna as? [String: Any])?["band"] as? String else { continue }
            for name in band.split(separator: ",") {
                let trimmed = StationCSV.trim(String(name))
                if !trimmed.isEmpty && !bands.contains(trimmed) { bands.append(trimmed) }
            }
        }
        do {
            return try GroundStation(
                id: id, name: record.optionalString("name") ?? id, latitudeDegrees: latitude,
                longitudeDegrees: longitude, heightMeters: altitude, horizonMask: mask,
                network: networkName, bands: bands)
        } catch {
            // Report SatNOGS' own field names.
            var renamed = error
            renamed.field =
                ["latitude": "lat", "longitude": "lng", "height": "altitude"][error.field ?? ""] ?? error.field
            throw renamed
        }
    }
}
