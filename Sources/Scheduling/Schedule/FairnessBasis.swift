/// What a schedule was solved to hold, carried with it so that a later re-plan holds the same:
/// each partner's contact time with the network to itself (the cap of its entitlement
/// guarantee, `FairnessGuarantee`) or, when the schedule was solved with a mission floor
/// (which takes the guarantee's place), each mission's floor.
///
/// In a schedule file it is the optional `fairness` object:
/// ```json
/// "fairness": {"aloneSeconds": {"esa": 51234.5, "nasa": 80211}}
/// "fairness": {"missionFloorUnsatisfied": 0.5, "missionFloorSeconds": {"521": 12600}}
/// ```
/// A re-plan of the schedule's problem after a change (an outage, a new request) keeps these
/// values rather than computing new ones: the guarantee announced to the partners is the one
/// the repair must hold. Only where the change leaves a partner less time with the network to
/// itself is its alone time lowered to that (`ReplanResult.aloneSeconds`), and the repaired
/// schedule carries the values held (``init(repair:announced:problem:)``).
public struct FairnessBasis: Codable, Sendable, Hashable {
    /// Each partner's contact time with the network to itself, seconds, by partner id, when
    /// the schedule holds the partners' entitlement guarantee (nil with a mission floor, which
    /// takes its place).
    public var aloneSeconds: [String: Double]?
    /// The mission floor's unsatisfied fraction `U`, when the schedule was solved with one.
    public var missionFloorUnsatisfied: Double?
    /// Each mission's floor, seconds, by mission id, when the schedule was solved with a
    /// mission floor.
    public var missionFloorSeconds: [String: Double]?

    /// Creates a basis from its values.
    public init(
        aloneSeconds: [String: Double]? = nil, missionFloorUnsatisfied: Double? = nil,
        missionFloorSeconds: [String: Double]? = nil
    ) {
        self.aloneSeconds = aloneSeconds
        self.missionFloorUnsatisfied = missionFloorUnsatisfied
        self.missionFloorSeconds = missionFloorSeconds
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, known: ["aloneSeconds", "missionFloorUnsatisfied", "missionFloorSeconds"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        aloneSeconds = try container.decodeIfPresent([String: Double].self, forKey: .aloneSeconds)
        missionFloorUnsatisfied = try container.decodeIfPresent(Double.self, forKey: .missionFloorUnsatisfied)
        missionFloorSeconds = try container.decodeIfPresent([String: Double].self, forKey: .missionFloorSeconds)
    }
}
