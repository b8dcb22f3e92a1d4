import Consortium
import SQLKit

extension SQLSession {
    func get<E: Entity>(_ type: E.Type, id: E.ID) async throws(StorageError) -> Stored<E>? {
        try await fetch(E.self, where: ["id = \(bind: id.rawValue)"], limit: nil).first
    }

    func all<E: Entity>(_ type: E.Type) async throws(StorageError) -> [Stored<E>] {
        try await fetch(E.self, where: [], limit: nil)
    }

    /// One indexed query: the scope and the filters as `WHERE` conditions on columns (and
    /// `EXISTS` on link tables), the cursor as `id > after`, and `limit + 1` rows to learn
    /// whether another page follows.
    func list<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> Page<E> {
        let table = EntityTable.of(E.kind)
        guard let conditions = try Self.conditions(table, scope: scope, filter: filter, after: page.after) else {
            return Page(items: [], nextCursor: nil)
        }
        var items = try await fetch(E.self, where: conditions, limit: page.limit + 1)
        var next: String?
        if items.count > page.limit {
            items.removeLast(items.count - page.limit)
            next = items.last?.value.id.rawValue
        }
        return Page(items: items, nextCursor: next)
    }

    func listDocuments<E: Entity>(
        _ type: E.Type, scope: ReadScope, filter: ListFilter, page: PageRequest
    ) async throws(StorageError) -> DocumentPage {
        let table = EntityTable.of(E.kind)
        guard let conditions = try Self.conditions(table, scope: scope, filter: filter, after: page.after) else {
            return DocumentPage(items: [], nextCursor: nil)
        }
        var items = try await fetchDocuments(E.kind, where: conditions, limit: page.limit + 1)
        var next: String?
        if items.count > page.limit {
            items.removeLast(items.count - page.limit)
            next = items.last?.id
        }
        return DocumentPage(items: items, nextCursor: next)
    }

    /// The `WHERE` conditions of a list, or `nil` when the scope lets nothing through.
    /// Throws `.invalidFilter` naming an unknown field, a non-integer `noradID` or a bad cursor.
    static func conditions(
        _ table: EntityTable, scope: ReadScope, filter: ListFilter, after: String?
    ) throws(StorageError) -> [SQLQueryString]? {
        var conditions: [SQLQueryString] = []
        if case .restricted(let owners, let ids) = scope {
            var alternatives: [SQLQueryString] = []
            if let owner = table.ownerColumn, !owners.isEmpty {
                alternatives.append("\(unsafeRaw: owner) IN (\(binds: owners.sorted()))")
            }
            if !ids.isEmpty {
                alternatives.append("id IN (\(binds: ids.sorted()))")
            }
            guard !alternatives.isEmpty else { return nil }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        for (field, value) in filter.conditions.sorted(by: { $0.key < $1.key }) {
            guard let column = table.filters[field] else {
                let known = ListFilter.fields(of: table.kind).joined(separator: ", ")
                throw StorageError(
                    .invalidFilter, field: String(field.prefix(64)),
                    detail: "\(table.kind.plural) cannot be filtered on '\(field.prefix(64))'; the filters are \(known)"
                )
            }
            switch column {
            case .text(let name):
                conditions.append("\(unsafeRaw: name) = \(bind: value)")
            case .integer(let name):
                guard let number = Int(value) else {
                    throw StorageError(
                        .invalidFilter, field: field, detail: "'\(value.prefix(40))' is not a whole number")
                }
                conditions.append("\(unsafeRaw: name) = \(bind: number)")
            case .link(let link):
                conditions.append(
                    """
                    EXISTS (SELECT 1 FROM \(unsafeRaw: link.name) WHERE \(unsafeRaw: link.name).\(unsafeRaw: link.key) \
                    = \(unsafeRaw: table.name).id AND \(unsafeRaw: link.name).\(unsafeRaw: link.value) = \(bind: value))
                    """)
            }
        }
        if let after {
            guard Identifier<Partner>.isValid(after) else {
                throw StorageError(
                    .invalidFilter, field: "after", detail: "'\(after.prefix(80))' is not a cursor (a record id)")
            }
            conditions.append("id > \(bind: after)")
        }
        return conditions
    }
}
