import Orbits

/// What an uploader says about a data product: the mission, what it is and when it was observed.
///
/// The server adds the rest (`DataProduct`): the producer (the uploader's partner), the content's
/// SHA-256 and size, the covering agreement and the policy. `fileName` is for display only: no
/// path is ever made from it (blobs are named by their hash).
public struct ProductMetadata: Codable, Sendable, Hashable {
    /// The most keywords a product may carry.
    public static let maximumKeywords = 32
    /// The longest keyword, in characters.
    public static let maximumKeywordLength = 64

    /// The mission the product belongs to; the producer must take part in it.
    public var mission: Mission.ID
    /// The agreement whose data clause governs the product; chosen by the server when exactly
    /// one agreement in force covers the mission (see `ProductPolicy.coveringAgreement`).
    public var agreement: Agreement.ID?
    /// The product type, a lowercase token such as `telemetry`, `image`, `ephemeris`, `cdm`, `report`.
    public var productType: String
    /// The instrument that produced it, if any (≤ 100 characters).
    public var instrument: String?
    /// The start of the observation the product covers, if any.
    public var observationStart: Instant?
    /// The end of the observation; the embargo runs from it (or from the upload, if earlier or absent).
    public var observationEnd: Instant?
    /// Free keywords for search (≤ 32, each 1…64 characters).
    public var keywords: [String]
    /// The original file name, for display only (≤ 255 characters, no control characters).
    public var fileName: String?
    /// The media type of the content, e.g. `application/octet-stream` (≤ 100 characters).
    public var mediaType: String?

    /// Creates metadata.
    public init(
        mission: Mission.ID, agreement: Agreement.ID? = nil, productType: String, instrument: String? = nil,
        observationStart: Instant? = nil, observationEnd: Instant? = nil, keywords: [String] = [],
        fileName: String? = nil, mediaType: String? = nil
    ) {
        self.mission = mission
        self.agreement = agreement
        self.productType = productType
        self.instrument = instrument
        self.observationStart = observationStart
        self.observationEnd = observationEnd
        self.keywords = keywords
        self.fileName = fileName
        self.mediaType = mediaType
    }

    /// Decodes metadata; `keywords` may be left out (no keywords).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            mission: try container.decode(Mission.ID.self, forKey: .mission),
            agreement: try container.decodeIfPresent(Agreement.ID.self, forKey: .agreement),
            productType: try container.decode(String.self, forKey: .productType),
            instrument: try container.decodeIfPresent(String.self, forKey: .instrument),
            observationStart: try container.decodeIfPresent(Instant.self, forKey: .observationStart),
            observationEnd: try container.decodeIfPresent(Instant.self, forKey: .observationEnd),
            keywords: try container.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            fileName: try container.decodeIfPresent(String.self, forKey: .fileName),
            mediaType: try container.decodeIfPresent(String.self, forKey: .mediaType))
    }
}
