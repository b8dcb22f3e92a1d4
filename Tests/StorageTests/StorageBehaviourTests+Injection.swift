import Consortium
import Testing

@testable import Storage

/// SQL-looking text in values, filters, scopes, cursors and token hashes is data, never SQL.
extension StorageBehaviourTests {
    static let injections = [
        "x' OR '1'='1", "nasa' --", "'; DROP TABLE partners; --", "nasa\" OR \"\"=\"", "1; DELETE FROM users",
        "$1", "?", "\\'",
    ]

    @Test(arguments: Backend.selected)
    func sqlLookingTextIsHarmless(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            var bobby = Fixtures.esa
            bobby.name = "Robert'); DROP TABLE partners;--"
            bobby.contacts = [Contact(name: "x' OR '1'='1", role: "$1 ? \\' --", email: "o'brien@esa.int")]
            _ = try await repository.update(bobby, expectedVersion: 1)
            #expect(try await repository.get(Partner.self, id: "esa")?.value == bobby)

            for text in Self.injections {
                for field in ["owner", "status", "cosparID"] {
                    #expect(try await ids(repository, Spacecraft.self, [field: text]) == [], "\(field)=\(text)")
                }
                #expect(try await ids(repository, Agreement.self, ["party": text]) == [])
                #expect(try await ids(repository, Mission.self, ["participant": text]) == [])
                #expect(try await ids(repository, Station.self, scope: .restricted(owners: [text], ids: [text])) == [])
                #expect(try await repository.principal(forTokenHash: text, at: Fixtures.noon) == nil)
                let key = await #expect(throws: StorageError.self) {
                    try await repository.list(
                        User.self, scope: .all, filter: ListFilter([text: "x"]), page: PageRequest())
                }
                #expect(key?.code == .invalidFilter)
                let cursor = await #expect(throws: StorageError.self) {
                    try await repository.list(
                        User.self, scope: .all, filter: ListFilter(), page: PageRequest(after: text))
                }
                #expect(cursor?.code == .invalidFilter)
            }
            let norad = await #expect(throws: StorageError.self) {
                try await repository.list(
                    Spacecraft.self, scope: .all, filter: ListFilter(["noradID": "0 OR 1=1"]), page: PageRequest())
            }
            #expect(norad?.code == .invalidFilter)
            // Nothing was dropped or deleted.
            #expect(try await ids(repository, Partner.self) == ["csa", "esa", "jaxa", "ksat", "nasa"])
            #expect(try await ids(repository, User.self).count == 3)
            // An id cannot carry SQL at all: it is refused before any query.
            #expect(Identifier<Partner>(rawValue: "x' OR '1'='1") == nil)
        }
    }
}
