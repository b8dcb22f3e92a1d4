import Consortium
import SQLKit

extension SQLRepository {
    /// Stores a whole registry (the demo consortium, an export) in one transaction.
    ///
    /// The snapshot is validated first (`RegistrySnapshot.validate()`: every record's rules and
    /// every reference between its records); then the records are inserted in dependency order
    /// (partners, stations, spacecraft, agreements, missions, users). If any insert fails (an id
    /// that exists already, a reference to a record neither in the snapshot nor in the database)
    /// nothing is written. Errors name the record, e.g. `users[esa-ops].id`.
    public func importSnapshot(_ snapshot: RegistrySnapshot) async throws(StorageError) {
        do {
            try snapshot.validate()
        } catch {
            throw StorageError(error)
        }
        try await writingOne { session throws(StorageError) in
            try await Self.insert(snapshot.partners, into: session)
            try await Self.insert(snapshot.stations, into: session)
            try await Self.insert(snapshot.spacecraft, into: session)
            try await Self.insert(snapshot.agreements, into: session)
            try await Self.insert(snapshot.missions, into: session)
            try await Self.insert(snapshot.users, into: session)
        }
        try await refreshStatistics()
    }

    /// Refreshes the query planner's statistics (see `SQLDialectKind.refreshStatistics`); done
    /// at open and after `importSnapshot`; worth calling after other bulk writes (an import of
    /// thousands of spacecraft), so that scoped lists keep their best plan.
    public func refreshStatistics() async throws(StorageError) {
        try await reading { session throws(StorageError) in
            try await session.mapped {
                for statement in dialect.refreshStatistics {
                    try await session.database.raw(SQLQueryString(statement)).run()
                }
            }
        }
    }

    /// Whether the registry has no partner yet (a fresh database, to be loaded with the demo).
    public func isEmpty() async throws(StorageError) -> Bool {
        try await reading { session throws(StorageError) in
            try await session.mapped {
                try await session.database.raw("SELECT id FROM partners LIMIT 1").first() == nil
            }
        }
    }

    /// Creates `records`, prefixing the field of an error with the record.
    private static func insert<E: Entity>(_ records: [E], into session: SQLSession) async throws(StorageError) {
        for record in records {
            do {
                _ = try await session.create(record)
            } catch {
                var error = error
                let prefix = "\(E.kind.plural)[\(record.id)]"
                error.field = error.field.map { "\(prefix).\($0)" } ?? prefix
                throw error
            }
        }
    }
}
