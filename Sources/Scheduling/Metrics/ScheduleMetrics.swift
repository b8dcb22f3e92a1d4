/// How much a schedule serves and how fairly: totals, each partner's and mission's
/// unsatisfied fraction (U_MAX, U_RMS), each partner's received share against its
/// entitlement and its shortfall from the guarantee, and Jain's index.
public struct ScheduleMetrics: Codable, Sendable, Hashable {
    /// Total tracking time of the schedule's contacts, seconds.
    public var servedSeconds: Double
    /// Tracking time weighted by priority (the solver's objective), seconds.
    public var weightedServedSeconds: Double
    /// Number of contacts.
    public var contactCount: Int
    /// Time all requests want together, seconds.
    public var wantedSeconds: Double
    /// One entry per partner, in the problem's order.
    public var partners: [PartnerOutcome]
    /// One entry per mission, in order of first appearance among the requests.
    public var missions: [MissionOutcome]
    /// The largest unsatisfied fraction among partners that want time.
    public var partnerUMax: Double
    /// The root mean square of the partners' unsatisfied fractions.
    public var partnerURMS: Double
    /// The largest unsatisfied fraction among missions that want time.
    public var missionUMax: Double
    /// The root mean square of the missions' unsatisfied fractions.
    public var missionURMS: Double
    /// Jain's index of each partner's received time over its guarantee
    /// (`(Σx)² / (n Σx²)` over partners with a positive guarantee): 1 when every partner
    /// receives the same multiple of its guarantee.
    public var jainIndex: Double
    /// The worst partner's shortfall from its guarantee, a fraction of the guarantee.
    public var maxShortfall: Double
    /// The tolerance the guarantee was checked with.
    public var tolerance: Double
    /// True when every partner is within the tolerance of its guarantee.
    public var guaranteeHolds: Bool
}
