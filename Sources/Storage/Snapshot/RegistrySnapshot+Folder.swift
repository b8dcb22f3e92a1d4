import Consortium
import Foundation

extension RegistrySnapshot {
    /// The files of a snapshot folder, one JSON array per kind, in loading order.
    public static let folderFiles = [
        "partners.json", "stations.json", "spacecraft.json", "agreements.json", "missions.json", "users.json",
    ]

    /// Reads a snapshot folder (`Demo/consortium`): `partners.json`, `stations.json`,
    /// `spacecraft.json`, `agreements.json`, `missions.json` and `users.json`, each a JSON array
    /// of records. A missing file is an empty list. Throws a `SnapshotFileError` naming the
    /// file and the JSON path of the first bad value. Does not validate the rules
    /// (`validate()` does).
    public init(folder: URL) throws(SnapshotFileError) {
        func read<T: Decodable>(_ name: String, as type: [T].Type) throws(SnapshotFileError) -> [T] {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return [] }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw SnapshotFileError(
                    file: url.path, path: "", detail: "cannot be read: \(error.localizedDescription)")
            }
            do {
                return try JSONDecoder().decode([T].self, from: data)
            } catch let error as DecodingError {
                throw SnapshotFileError(file: url.path, decoding: error)
            } catch {
                throw SnapshotFileError(file: url.path, path: "", detail: "\(error)")
            }
        }
        self.init(
            partners: try read("partners.json", as: [Partner].self),
            stations: try read("stations.json", as: [Station].self),
            spacecraft: try read("spacecraft.json", as: [Spacecraft].self),
            agreements: try read("agreements.json", as: [Agreement].self),
            missions: try read("missions.json", as: [Mission].self),
            users: try read("users.json", as: [User].self))
    }
}
