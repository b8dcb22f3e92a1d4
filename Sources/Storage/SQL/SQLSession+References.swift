import Consortium
import SQLKit

extension SQLSession {
    /// Checks, inside the write's transaction, that every record `entity` refers to exists and,
    /// where the reference says so, belongs to the expected partner (a contributed station must
    /// be its contributor's). One query per kind referred to, not one per reference.
    ///
    /// Throws `.missingReference` naming the first failing field, e.g.
    /// `clauses.stationContributions[1].station`.
    func checkReferences<E: Entity>(of entity: E) async throws {
        let references = entity.references
        guard !references.isEmpty else { return }
        var owners: [EntityKind: [String: String]] = [:]
        let kinds = Set(references.map(\.kind)).sorted { $0.rawValue < $1.rawValue }
        for kind in kinds {
            let table = EntityTable.of(kind)
            let ids = Set(references.lazy.filter { $0.kind == kind }.map(\.id)).sorted()
            let owner = table.ownerColumn ?? "id"
            let rows = try await database.raw(
                """
                SELECT id, \(unsafeRaw: owner) AS owner FROM \(unsafeRaw: table.name) \
                WHERE id IN (\(binds: ids))\(unsafeRaw: dialect.lockForShare)
                """
            ).all()
            var found: [String: String] = [:]
            for row in rows {
                found[try row.decode(column: "id", as: String.self)] = try row.decode(column: "owner", as: String.self)
            }
            owners[kind] = found
        }
        for reference in references {
            let kind = reference.kind.rawValue
            guard let owner = owners[reference.kind]?[reference.id] else {
                throw StorageError(
                    .missingReference, field: reference.field, detail: "no \(kind) '\(reference.id.prefix(80))'")
            }
            if let expected = reference.expectedOwner, owner != expected.rawValue {
                throw StorageError(
                    .missingReference, field: reference.field,
                    detail: "\(kind) '\(reference.id)' belongs to '\(owner)', not to '\(expected)'")
            }
        }
    }

    /// A sentence naming one record that refers to the record `id` of `table`, or `nil`.
    func firstReferrer(of table: EntityTable, id: String) async throws -> String? {
        for referrer in table.referrers {
            let row = try await database.raw(
                """
                SELECT \(unsafeRaw: referrer.idColumn) AS id FROM \(unsafeRaw: referrer.table) \
                WHERE \(unsafeRaw: referrer.column) = \(bind: id) ORDER BY 1 LIMIT 1
                """
            ).first()
            if let row {
                let other = try row.decode(column: "id", as: String.self)
                return "\(referrer.kind.rawValue) '\(other)' refers to it (\(referrer.field))"
            }
        }
        return nil
    }
}
