extension SearchChain {
    /// Each partner's weight at the margin of the current score, for rebuilding under the
    /// guarantee: a second of contact time of a partner at (or near) its guarantee's limit is
    /// worth its own second plus the deficit penalty it averts, and every partner's second is
    /// worth less by what it raises the share-based guarantees of the tight partners
    /// (`(1 − tol) × share_P` per second delivered for each). Partners with slack count 1;
    /// tightness fades in over the last `margin` of each guarantee, so that a rebuild keeps a
    /// tight partner's contacts (and the move is not rejected for a deficit) while a slack
    /// partner's time may still be traded for throughput. Nil without a guarantee.
    func marginalWeights(margin: Double = 0.01) -> [Double]? {
        guard let guarantee else { return nil }
        let delivered = state.delivered
        let perSecond = penalty * 1000
        var price = [Double](repeating: 0, count: guarantee.shares.count)
        var common = 0.0
        for partner in price.indices {
            let owed = guarantee.guaranteeMillis(partner, delivered: delivered)
            guard owed > 0 else { continue }
            let floor = (1 - guarantee.tolerance) * owed
            let slack = Double(state.received[partner]) - floor
            let tightness = min(1, max(0, 1 - slack / max(1, margin * owed)))
            guard tightness > 0 else { continue }
            price[partner] = tightness * perSecond
            if guarantee.shares[partner] * Double(delivered) < Double(guarantee.aloneMillis[partner]) {
                common += (1 - guarantee.tolerance) * guarantee.shares[partner] * price[partner]
            }
        }
        return price.map { max(0.05, 1 + $0 - common) }
    }

    /// Runs `body` with the weights set to the marginal weights (when a guarantee is enforced),
    /// then restores them.
    mutating func withMarginalWeights(_ body: (inout SearchChain) -> Void) {
        guard let marginal = marginalWeights() else {
            body(&self)
            return
        }
        let saved = weights
        weights = marginal
        body(&self)
        weights = saved
    }
}
