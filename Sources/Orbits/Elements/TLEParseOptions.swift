/// How strictly TLE text is read.
public struct TLEParseOptions: Sendable, Hashable {
    /// Verify the mod-10 checksum in column 69 of both lines (default `true`). Turn off only for
    /// files with known-bad checksums such as Vallado's `SGP4-VER.TLE` (cases 33333–33335);
    /// the column may then also be missing.
    public var verifiesChecksums: Bool
    /// Skip lines whose first non-blank character is `#` (comments in `SGP4-VER.TLE`).
    public var skipsCommentLines: Bool

    /// Creates options; the defaults verify checksums and skip `#` comment lines.
    public init(verifiesChecksums: Bool = true, skipsCommentLines: Bool = true) {
        self.verifiesChecksums = verifiesChecksums
        self.skipsCommentLines = skipsCommentLines
    }

    /// Checksums verified, `#` comments skipped.
    public static let strict = TLEParseOptions()

    /// Checksums not verified (for `SGP4-VER.TLE`), `#` comments skipped.
    public static let ignoringChecksums = TLEParseOptions(verifiesChecksums: false)
}
