/// Multipliers of the entitlement guarantee, turned into per-partner weights for the search.
///
/// Each partner's guarantee constraint `R_P − (1 − tol)·G_P ≥ 0` (with `G_P = share_P × D`
/// while that is below `alone_P`, else `alone_P`) gets a multiplier `ν_P ≥ 0`. Moved into the
/// objective, one second of partner Q's contact time is then worth
/// `1 + ν_Q − (1 − tol) Σ_{P share-capped} ν_P share_P`: short partners gain, and everyone
/// pays for the share-based guarantees that grow with the total. `ν` follows the subgradient
/// (each partner's relative deficit) after each schedule.
struct FairnessPrices: Sendable {
    let guarantee: FairnessGuarantee
    let shares: [Double]
    /// The multipliers.
    private(set) var prices: [Double]
    /// The weights they give (at least 0.05).
    private(set) var weights: [Double]

    init(guarantee: FairnessGuarantee, shares: [Double]) {
        self.guarantee = guarantee
        self.shares = shares
        prices = [Double](repeating: 0, count: shares.count)
        weights = [Double](repeating: 1, count: shares.count)
    }

    /// One subgradient step from the state's received times: a partner short of its guarantee
    /// gains its relative deficit, one above it loses its relative surplus (never below 0).
    mutating func update(_ state: SearchState) {
        let delivered = state.delivered
        var shareCapped = 0.0
        for partner in shares.indices {
            let target = guarantee.guaranteeMillis(partner, delivered: delivered)
            guard target > 0 else {
                prices[partner] = 0
                continue
            }
            let slack = (Double(state.received[partner]) - (1 - guarantee.tolerance) * target) / target
            prices[partner] = max(0, prices[partner] - slack)
            if shares[partner] * Double(delivered) < Double(guarantee.aloneMillis[partner]) {
                shareCapped += prices[partner] * shares[partner]
            }
        }
        for partner in shares.indices {
            weights[partner] = max(0.05, 1 + prices[partner] - (1 - guarantee.tolerance) * shareCapped)
        }
    }
}
