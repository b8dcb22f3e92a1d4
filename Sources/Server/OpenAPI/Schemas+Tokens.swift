import Consortium

extension Schemas {
    /// The body of `POST /api/v1/tokens`.
    static let tokenRequest = JSONSchema.record(
        [
            "user": .described(.nullable(identifier), "The user the token is for; yourself when absent."),
            "label": .described(.string(maxLength: 200), "What the token is for, e.g. `scheduler on ops-host-2`."),
            "expiresAt": .described(.nullable(instant), "When it stops working; never when absent."),
        ], optional: ["user", "expiresAt"])

    /// A token as listed: never the secret, never its hash.
    static let token = JSONSchema.record(
        [
            "id": .string(pattern: "^tok-[0-9a-f]{16}$"),
            "user": identifier,
            "label": .string(maxLength: 200),
            "createdAt": instant,
            "expiresAt": instant,
            "revokedAt": instant,
        ], optional: ["expiresAt", "revokedAt"])

    /// A token just made, with its secret, shown this once.
    static let createdToken = JSONSchema.record(
        [
            "id": .string(pattern: "^tok-[0-9a-f]{16}$"),
            "user": identifier,
            "label": .string(maxLength: 200),
            "createdAt": instant,
            "expiresAt": instant,
            "secret": .described(
                .string(), "Send as `Authorization: Bearer <secret>`. Shown once; only its SHA-256 is stored."),
        ], optional: ["expiresAt"])

    /// The tokens of a user.
    static let tokenList = JSONSchema.record(["items": .array(.reference("Token"))])

    /// The authenticated principal.
    static let me = JSONSchema.record([
        "user": identifier, "name": name, "partner": identifier, "role": values(Role.self),
    ])

    /// The health report.
    static let health = JSONSchema.record([
        "status": .string(values: ["ok"]),
        "database": .string(values: ["ok"]),
    ])
}
