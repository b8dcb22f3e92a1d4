/// Reads and writes OMM epochs (`2020-12-29T03:57:59.406624`, `2007-064T10:34:41.4264`) through
/// the shared ISO-8601 support of ``Instant`` (day-of-year form, leap seconds), in one place so
/// every encoding writes dates alike.
enum OMMEpoch {
    /// The UTC instant written as ISO-8601 (calendar or CCSDS day-of-year form, optional `Z`),
    /// or `nil` when the text is not such a date.
    static func parse(_ text: some StringProtocol) -> Instant? {
        try? Instant(iso8601: String(text))
    }

    /// `YYYY-MM-DDThh:mm:ss.ffffff` (UTC, microseconds, as CelesTrak and Space-Track write it).
    static func format(_ instant: Instant) -> String { instant.iso8601(fractionDigits: 6) }
}
