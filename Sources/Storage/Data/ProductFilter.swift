import Consortium
import Orbits

/// The filters of a product list (`GET /api/v1/products`); every one given must match.
public struct ProductFilter: Sendable, Hashable {
    /// Only this mission's products.
    public var mission: Mission.ID?
    /// Only this producer's products.
    public var producer: Partner.ID?
    /// Only products of this type.
    public var productType: String?
    /// Only products whose observation ends at or after this instant.
    public var observedFrom: Instant?
    /// Only products whose observation starts before this instant.
    public var observedTo: Instant?
    /// Only products carrying every one of these keywords (case-insensitive).
    public var keywords: [String]
    /// Only products whose embargo ends before this instant ("becomes public before").
    public var embargoEndsBefore: Instant?

    /// Creates a filter; by default none.
    public init(
        mission: Mission.ID? = nil, producer: Partner.ID? = nil, productType: String? = nil,
        observedFrom: Instant? = nil, observedTo: Instant? = nil, keywords: [String] = [],
        embargoEndsBefore: Instant? = nil
    ) {
        self.mission = mission
        self.producer = producer
        self.productType = productType
        self.observedFrom = observedFrom
        self.observedTo = observedTo
        self.keywords = keywords
        self.embargoEndsBefore = embargoEndsBefore
    }
}
