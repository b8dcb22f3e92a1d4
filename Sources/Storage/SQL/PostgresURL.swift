import Foundation
import PostgresKit

/// Reading PostgreSQL connection URLs (`postgres://user:password@host:port/database?tlsmode=…`)
/// without ever echoing the password.
enum PostgresURL {
    /// Whether postgres-kit accepts `url` (a user and a host are required).
    static func isUsable(_ url: String) -> Bool {
        (try? configuration(url)) != nil
    }

    /// The connection configuration for `url`; throws `.invalidLocation` without repeating the URL.
    static func configuration(_ url: String) throws(StorageError) -> SQLPostgresConfiguration {
        do {
            return try SQLPostgresConfiguration(url: url)
        } catch {
            throw StorageError(
                .invalidLocation, field: "database",
                detail: "not a usable PostgreSQL URL; expected postgres://user:password@host:port/database")
        }
    }

    /// `url` with its password replaced by `***`, for logs and messages.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "postgres://(unreadable URL)" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "postgres://(unreadable URL)"
    }

    /// `url` pointing at database `name` instead of its own (tests create one database each).
    static func replacingDatabase(in url: String, with name: String) -> String? {
        guard var components = URLComponents(string: url) else { return nil }
        components.path = "/" + name
        return components.string
    }
}
