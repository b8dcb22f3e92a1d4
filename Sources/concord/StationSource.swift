import Foundation
import Orbits

/// Reads the ground stations of `concord passes --stations`, recognising the file's kind
/// from its content (and its extension only to tell JSON from CSV when the content is empty):
///
/// - JSON array (`[`): SatNOGS Network station list; stations with status Online or Testing;
///   each keeps its own `min_horizon`.
/// - JSON object (`{`): brahe GeoJSON FeatureCollection; a directory: every `*.json` in it.
/// - CSV whose header has `stdn_code`: NASA NDOSL; active stations only.
/// - any other CSV: a Concord station file (docs/stations.md), with its own masks.
///
/// Sources without masks (NDOSL, brahe) get a constant mask of `defaultMinimumElevation`.
enum StationSource {
    /// The kinds of station file.
    enum Kind: String, Sendable {
        case concord = "Concord station CSV"
        case satnogs = "SatNOGS JSON"
        case ndosl = "NASA NDOSL CSV"
        case brahe = "brahe GeoJSON"
    }

    /// The stations at `path` and what kind of file it was; rejected records are warned about
    /// (or, with `rejectingInvalid`, the first is thrown).
    static func load(
        _ path: String, defaultMinimumElevation: Double, rejectingInvalid: Bool = false
    ) throws(CommandError) -> (
        stations: [GroundStation], kind: Kind
    ) {
        let mask: HorizonMask
        do {
            mask = try HorizonMask(minimumElevationDegrees: defaultMinimumElevation)
        } catch {
            throw CommandError(.invalidContent, "--min-elevation: \(error)")
        }
        var isDirectory: ObjCBool = false
        let directory = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        let data = directory ? Data() : try InputFile.data(path)
        let kind = directory ? .brahe : detect(data, path: path)
        let load: StationLoad
        do throws(StationError) {
            switch kind {
            case .brahe where directory:
                load = try BraheStationLoader.loadDirectory(URL(fileURLWithPath: path), horizonMask: mask)
            case .brahe: load = try BraheStationLoader.parse(data, file: path, horizonMask: mask)
            case .satnogs: load = try SatNOGSStationLoader.parse(data, file: path, statuses: [.online, .testing])
            case .ndosl:
                load = try NDOSLStationLoader.parse(
                    String(decoding: data, as: UTF8.self), file: path, horizonMask: mask)
            case .concord: load = try ConcordStationFile.parse(String(decoding: data, as: UTF8.self), file: path)
            }
        } catch {
            throw CommandError(.invalidContent, file: path, error.description)
        }
        if rejectingInvalid, let first = load.rejected.first {
            throw CommandError(.invalidContent, file: path, first.description)
        }
        Diagnostics.warn(load.rejected.map { "skipped station: \($0)" })
        guard !load.stations.isEmpty else {
            throw CommandError(.emptyInput, file: path, "holds no valid station (read as \(kind.rawValue))")
        }
        return (load.stations, kind)
    }

    /// The kind of a station file from its first significant byte and, for CSV, its header.
    static func detect(_ data: Data, path: String) -> Kind {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        switch first {
        case UInt8(ascii: "["): return .satnogs
        case UInt8(ascii: "{"): return .brahe
        case nil: return path.hasSuffix("json") ? .satnogs : .concord
        default:
            let text = String(decoding: data.prefix(4_096), as: UTF8.self)
            let header = text.split(whereSeparator: \.isNewline).first {
                !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            }
            return header?.lowercased().contains("stdn_code") == true ? .ndosl : .concord
        }
    }
}
