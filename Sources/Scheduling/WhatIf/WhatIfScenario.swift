/// Another set of rules to schedule the same requests under, for `WhatIf.compare`: other
/// entitlements, or a partner's antennas withdrawn (the funding volatility a shared network
/// must plan for).
public enum WhatIfScenario: Sendable, Hashable {
    /// Each partner's share given (partners not named get 0); normalised to sum to 1.
    case shares([String: Double])
    /// Shares follow the antenna time each partner contributes (horizon minus downtime): the
    /// format's rule when no partner states a share.
    case proportionalToContribution
    /// Every partner entitled to the same share.
    case equalShares
    /// The partner's antennas leave the network, with every group using one and every view
    /// period on them; the partner's requests stay. Shares stay as stated, or, when they follow
    /// contribution, follow what is left.
    case withdrawAntennas(ofPartner: String)
    /// Several changes, applied in order.
    case combined([WhatIfScenario])
}
