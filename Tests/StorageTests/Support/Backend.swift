import Foundation
import Testing

/// A database the behaviour suite runs against.
///
/// SQLite always runs. PostgreSQL runs when `CONCORD_TEST_POSTGRES_URL` names a server
/// (`export CONCORD_TEST_POSTGRES_URL=$(scripts/test-postgres.sh start)`); without it the
/// PostgreSQL cases are left out locally (`StorageBehaviourTests.postgresConfigured` reports the
/// skip), and fail in CI (`CI` set), where a missing server is a broken setup, not a skip.
enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    /// The variable naming the PostgreSQL server for tests.
    static let postgresVariable = "CONCORD_TEST_POSTGRES_URL"

    /// The base URL of the test server, e.g. `postgres://concord@127.0.0.1:54329/concord_test`.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment[postgresVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the tests run in CI, where every backend must be tested.
    static var isCI: Bool {
        ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false
    }

    /// The backends to run: SQLite, and PostgreSQL when configured or in CI (where an
    /// unconfigured server then fails the PostgreSQL cases).
    static var selected: [Backend] {
        postgresURL != nil || isCI ? [.sqlite, .postgres] : [.sqlite]
    }

    /// The message of a missing PostgreSQL configuration.
    static let missingPostgresMessage =
        "PostgreSQL storage tests not run: set \(postgresVariable) (e.g. export \(postgresVariable)=$(scripts/test-postgres.sh start))"

    var testDescription: String { rawValue }
}
