/// One partner's bar: the share of network time it received against its entitlement.
public struct BarChartEntry: Sendable, Hashable {
    /// The partner (name and palette index).
    public var partner: ChartPartner
    /// Share of the network time received, as a fraction (0.25 = 25 %).
    public var received: Double
    /// Entitled share, as a fraction.
    public var entitlement: Double

    /// Creates an entry from fractions (0.25 = 25 %).
    public init(partner: ChartPartner, received: Double, entitlement: Double) {
        self.partner = partner
        self.received = received
        self.entitlement = entitlement
    }
}
