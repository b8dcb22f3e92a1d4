extension Migration {
    /// Version 5: the kind of each stored secret (`TokenKind`), so that an API token, a console
    /// session and a console sign-in link are each accepted only where they belong.
    ///
    /// `api_tokens.kind` defaults to `'api'`. Before this step the console kept its sessions and
    /// links as API tokens told apart by their label only; the rows it made (labelled
    /// `console session; lang=…` or `console sign-in link`, always with an expiry) are given their
    /// kind, so that from now on they stop working as bearer tokens, and API tokens stop working
    /// as session cookies. An API token a user happened to label so but made without an expiry
    /// stays an API token.
    static let tokenKinds = Migration(version: 5, summary: "token kinds: API tokens, console sessions, sign-in links") {
        _ in
        [
            """
            ALTER TABLE api_tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'api' \
            CHECK (kind IN ('api', 'session', 'link'))
            """,
            """
            UPDATE api_tokens SET kind = 'session' \
            WHERE label LIKE 'console session; lang=%' AND expires_at IS NOT NULL
            """,
            "UPDATE api_tokens SET kind = 'link' WHERE label = 'console sign-in link' AND expires_at IS NOT NULL",
            "CREATE INDEX api_tokens_user_id_kind ON api_tokens (user_id, kind, created_at)",
        ]
    }
}
