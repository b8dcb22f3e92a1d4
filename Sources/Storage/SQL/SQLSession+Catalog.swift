import Consortium
import Orbits
import SQLKit
import SpaceSafety

extension SQLSession {
    /// Rows per `INSERT` of a catalog import (6 parameters each, well under both drivers' limits).
    static let catalogChunk = 400

    func replaceCatalog(_ objects: [CatalogObject], at time: Instant) async throws(StorageError) {
        var seen: Set<Int> = []
        for object in objects where !seen.insert(object.noradID).inserted {
            throw StorageError(
                .invalid, field: "catalog[\(object.noradID)]", detail: "NORAD \(object.noradID) appears twice")
        }
        let stamp = DocumentCoder.timestamp(time)
        try await write {
            try await database.raw("DELETE FROM catalog_objects").run()
            var start = 0
            while start < objects.count {
                let chunk = objects[start..<min(start + Self.catalogChunk, objects.count)]
                let rows: [SQLQueryString] = chunk.map { object in
                    let values: [EntityTable.Bind] = [
                        object.noradID, object.name, object.elements.format.rawValue, object.elements.text,
                        DocumentCoder.timestamp(object.epoch), stamp,
                    ]
                    return "(\(binds: values))"
                }
                try await database.raw(
                    """
                    INSERT INTO catalog_objects (norad_id, name, format, elements, epoch, imported_at) \
                    VALUES \(rows.joined(separator: ", "))
                    """
                ).run()
                start += Self.catalogChunk
            }
        }
    }

    func catalogObjects() async throws(StorageError) -> [CatalogObject] {
        let rows = try await mapped {
            try await database.raw(
                "SELECT norad_id, name, format, elements, epoch FROM catalog_objects ORDER BY norad_id"
            ).all()
        }
        var objects: [CatalogObject] = []
        objects.reserveCapacity(rows.count)
        for row in rows {
            do {
                let id = try row.decode(column: "norad_id", as: Int.self)
                guard let format = Spacecraft.Orbit.Format(rawValue: try row.decode(column: "format", as: String.self))
                else {
                    throw StorageError(.database, detail: "catalog object \(id) has an unknown format")
                }
                objects.append(
                    CatalogObject(
                        noradID: id, name: try row.decode(column: "name", as: String.self),
                        elements: Spacecraft.Orbit(format: format, text: try row.decode(column: "elements", as: String.self)),
                        epoch: try DocumentCoder.instant(try row.decode(column: "epoch", as: String.self))))
            } catch {
                throw DriverError.storageError(error)
            }
        }
        return objects
    }

    func catalogCount() async throws(StorageError) -> Int {
        try await mapped {
            try await database.raw("SELECT COUNT(*) AS n FROM catalog_objects").first()?.decode(column: "n", as: Int.self)
                ?? 0
        }
    }
}
