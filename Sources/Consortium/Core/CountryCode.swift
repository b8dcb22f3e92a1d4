/// An ISO 3166-1 alpha-2 country code (`US`, `FR`, `JP`), the country of a partner's seat.
///
/// Only officially assigned codes are accepted (as of ISO 3166-1:2020 with its newsletters,
/// 249 codes); `XK`, `EU` and other user-assigned or reserved codes are refused, so a typo such
/// as `UK` (the code is `GB`) is caught at the door.
public struct CountryCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The two upper-case letters.
    public let rawValue: String

    /// Creates a code, or `nil` when `rawValue` is not an assigned alpha-2 code.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 2, Self.assigned.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Parses a code, throwing an error naming `field` otherwise.
    public init(_ text: String, field: String) throws(DomainError) {
        guard let code = Self(rawValue: text) else {
            throw DomainError(
                .invalidFormat, field: field,
                detail: "'\(text.prefix(20))' is not an ISO 3166-1 alpha-2 country code (e.g. US, FR, JP, GB)")
        }
        self = code
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Every officially assigned ISO 3166-1 alpha-2 code.
    static let assigned: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
        BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
        EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
        HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
        LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
        NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
        TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

extension CountryCode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text.prefix(20))' is not an ISO 3166-1 alpha-2 country code")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
