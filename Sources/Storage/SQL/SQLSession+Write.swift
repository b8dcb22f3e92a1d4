import Consortium
import SQLKit

extension SQLSession {
    func create<E: Entity>(_ entity: E) async throws(StorageError) -> Stored<E> {
        try Self.validate(entity)
        let table = EntityTable.of(E.kind)
        let document = try coder.encode(entity, kind: E.kind.rawValue)
        let now = DocumentCoder.now()
        let stamp = DocumentCoder.timestamp(now)
        try await write {
            try await checkReferences(of: entity)
            let columns = ["id"] + table.columns + ["document", "version", "created_at", "updated_at"]
            let values: [EntityTable.Bind] =
                [entity.id.rawValue] + table.values(of: entity) + [document, 1, stamp, stamp]
            do {
                try await database.raw(
                    """
                    INSERT INTO \(unsafeRaw: table.name) (\(unsafeRaw: columns.joined(separator: ", "))) \
                    VALUES (\(binds: values))
                    """
                ).run()
            } catch  where DriverError(error) == .uniqueViolation {
                throw StorageError(
                    .conflict, field: "id", detail: "a \(E.kind.rawValue) with id '\(entity.id)' exists already")
            }
            try await insertLinks(of: entity, table: table)
            if table.bumpsGeneration { try await bumpGeneration() }
        }
        return Stored(value: entity, version: 1, createdAt: now, updatedAt: now)
    }

    func update<E: Entity>(_ entity: E, expectedVersion: Int?) async throws(StorageError) -> Stored<E> {
        try Self.validate(entity)
        let table = EntityTable.of(E.kind)
        let document = try coder.encode(entity, kind: E.kind.rawValue)
        let now = DocumentCoder.now()
        return try await write {
            let current = try await database.raw(
                """
                SELECT version, created_at FROM \(unsafeRaw: table.name) WHERE id = \(bind: entity.id.rawValue)\
                \(unsafeRaw: dialect.lockForUpdate)
                """
            ).first()
            guard let current else {
                throw StorageError(.notFound, field: "id", detail: "no \(E.kind.rawValue) '\(entity.id)'")
            }
            let version = try current.decode(column: "version", as: Int.self)
            let createdAt = try DocumentCoder.instant(current.decode(column: "created_at", as: String.self))
            if let expectedVersion, expectedVersion != version {
                throw StorageError(
                    .versionMismatch, field: "version",
                    detail: "\(E.kind.rawValue) '\(entity.id)' is at version \(version), not \(expectedVersion)")
            }
            try await checkReferences(of: entity)
            var assignments: [SQLQueryString] = []
            for (column, value) in zip(table.columns, table.values(of: entity)) {
                assignments.append("\(unsafeRaw: column) = \(bind: value)")
            }
            assignments.append("document = \(bind: document)")
            assignments.append("version = \(bind: version + 1)")
            assignments.append("updated_at = \(bind: DocumentCoder.timestamp(now))")
            try await database.raw(
                """
                UPDATE \(unsafeRaw: table.name) SET \(assignments.joined(separator: ", ")) \
                WHERE id = \(bind: entity.id.rawValue)
                """
            ).run()
            for link in table.links {
                try await database.raw(
                    "DELETE FROM \(unsafeRaw: link.name) WHERE \(unsafeRaw: link.key) = \(bind: entity.id.rawValue)"
                ).run()
            }
            try await insertLinks(of: entity, table: table)
            if table.bumpsGeneration { try await bumpGeneration() }
            return Stored(value: entity, version: version + 1, createdAt: createdAt, updatedAt: now)
        }
    }

    func delete<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) {
        let table = EntityTable.of(E.kind)
        let blocked: Bool = try await mapped {
            do {
                try await atomically {
                    let rows = try await database.raw(
                        "DELETE FROM \(unsafeRaw: table.name) WHERE id = \(bind: id.rawValue) RETURNING id"
                    ).all()
                    guard !rows.isEmpty else {
                        throw StorageError(.notFound, field: "id", detail: "no \(E.kind.rawValue) '\(id)'")
                    }
                    if table.bumpsGeneration { try await bumpGeneration() }
                }
                return false
            } catch  where DriverError(error) == .foreignKeyViolation {
                return true
            }
        }
        if blocked {
            // The savepoint was rolled back; find what refers to the record, for the message.
            let referrer = try await mapped { try await firstReferrer(of: table, id: id.rawValue) }
            throw StorageError(
                .inUse, field: "id",
                detail: "\(E.kind.rawValue) '\(id)' cannot be deleted: "
                    + (referrer ?? "other records refer to it"))
        }
    }

    /// Runs a write in a savepoint, mapping driver errors to `StorageError`.
    func write<T: Sendable>(_ body: () async throws -> T) async throws(StorageError) -> T {
        try await mapped { try await atomically(body) }
    }

    /// Checks `entity`'s own rules.
    static func validate<E: Entity>(_ entity: E) throws(StorageError) {
        do {
            try entity.validate()
        } catch {
            throw StorageError(error)
        }
    }

    /// Inserts the link-table rows of `entity`.
    func insertLinks<E: Entity>(of entity: E, table: EntityTable) async throws {
        for (link, ids) in zip(table.links, table.linkValues(of: entity)) where !ids.isEmpty {
            let rows: [SQLQueryString] = ids.map { "(\(bind: entity.id.rawValue), \(bind: $0))" }
            try await database.raw(
                """
                INSERT INTO \(unsafeRaw: link.name) (\(unsafeRaw: link.key), \(unsafeRaw: link.value)) \
                VALUES \(rows.joined(separator: ", "))
                """
            ).run()
        }
    }
}
