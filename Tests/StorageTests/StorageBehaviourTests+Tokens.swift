import Consortium
import Orbits
import Testing

@testable import Storage

/// API tokens: issue, look up by hash, expiry, revocation, ownership.
extension StorageBehaviourTests {
    @Test(arguments: Backend.selected)
    func tokensResolveToTheirUserUntilExpiredOrRevoked(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let expiry = Fixtures.noon.adding(days: 30)
            let (token, secret) = APIToken.issue(
                for: "esa-ops", label: "scheduler on ops-host-2", at: Fixtures.noon, expiresAt: expiry)
            try await repository.createToken(token)
            let hash = APIToken.hash(secret: secret)
            let esaOperator = Principal(user: "esa-ops", partner: "esa", role: .operator)
            #expect(try await repository.principal(forTokenHash: hash, at: Fixtures.noon) == esaOperator)
            #expect(try await repository.principal(forTokenHash: hash, at: expiry.adding(seconds: -1)) == esaOperator)
            #expect(try await repository.principal(forTokenHash: hash, at: expiry) == nil, "expired at its expiry")
            #expect(
                try await repository.principal(forTokenHash: APIToken.hash(secret: secret + "x"), at: Fixtures.noon)
                    == nil)
            #expect(
                try await repository.principal(forTokenHash: secret, at: Fixtures.noon) == nil,
                "the secret is not the key")

            // The principal follows the user's current role.
            var promoted = Fixtures.esaOperator
            promoted.role = .partnerAdmin
            _ = try await repository.update(promoted, expectedVersion: 1)
            #expect(try await repository.principal(forTokenHash: hash, at: Fixtures.noon)?.role == .partnerAdmin)

            let stored = try await repository.tokens(of: "esa-ops")
            #expect(stored == [token])
            #expect(stored.first?.expiresAt == expiry)

            let (other, otherSecret) = APIToken.issue(for: "nasa-admin", label: "ops", at: Fixtures.noon)
            try await repository.createToken(other)
            let foreign = await #expect(throws: StorageError.self) {
                try await repository.revokeToken(id: other.id, of: "esa-ops", at: Fixtures.noon)
            }
            #expect(foreign?.code == .notFound)
            let revokedAt = Fixtures.noon.adding(days: 1)
            try await repository.revokeToken(id: token.id, of: "esa-ops", at: revokedAt)
            try await repository.revokeToken(id: token.id, of: "esa-ops", at: revokedAt.adding(days: 1))
            #expect(try await repository.principal(forTokenHash: hash, at: Fixtures.noon) == nil)
            #expect(
                try await repository.tokens(of: "esa-ops").first?.revokedAt == revokedAt, "the first revocation counts")
            #expect(
                try await repository.principal(
                    forTokenHash: APIToken.hash(secret: otherSecret), at: Fixtures.noon.adding(days: 3650))
                    == Principal(user: "nasa-admin", partner: "nasa", role: .partnerAdmin), "no expiry")

            // Deleting the user deletes its tokens.
            try await repository.delete(User.self, id: "nasa-admin")
            #expect(try await repository.tokens(of: "nasa-admin") == [])
            #expect(
                try await repository.principal(forTokenHash: APIToken.hash(secret: otherSecret), at: Fixtures.noon)
                    == nil)
        }
    }

    @Test(arguments: Backend.selected)
    func tokenWritesCheckUserAndUniqueness(_ backend: Backend) async throws {
        try await TestDatabase.with(backend) { repository, _ in
            try await repository.importSnapshot(Fixtures.snapshot)
            let (orphan, _) = APIToken.issue(for: "roscosmos-ops", label: "nobody's", at: Fixtures.noon)
            let missing = await #expect(throws: StorageError.self) { try await repository.createToken(orphan) }
            #expect(missing?.code == .missingReference)
            #expect(missing?.field == "user")
            let (token, _) = APIToken.issue(for: "esa-ops", label: "first", at: Fixtures.noon)
            try await repository.createToken(token)
            var twin = APIToken.issue(for: "esa-ops", label: "second", at: Fixtures.noon).token
            twin.id = token.id
            let duplicate = await #expect(throws: StorageError.self) { try await repository.createToken(twin) }
            #expect(duplicate?.code == .conflict)
            var sameSecret = APIToken.issue(for: "esa-ops", label: "third", at: Fixtures.noon).token
            sameSecret.secretHash = token.secretHash
            let collision = await #expect(throws: StorageError.self) { try await repository.createToken(sameSecret) }
            #expect(collision?.code == .conflict)
            #expect(try await repository.tokens(of: "esa-ops").map(\.label) == ["first"])
            let unknown = await #expect(throws: StorageError.self) {
                try await repository.revokeToken(id: "tok-0000000000000000", of: "esa-ops", at: Fixtures.noon)
            }
            #expect(unknown?.code == .notFound)
        }
    }
}
