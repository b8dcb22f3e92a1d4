extension SearchChain {
    /// Gives every partner short of the guarantee (the furthest short first) its candidates
    /// that fit, the most valuable first, until it is short no more or none fits: the first step
    /// of a recreate while settling (``restoring``), so that a ruin's deficits are closed before
    /// the free time is filled for throughput.
    mutating func restoreGuarantee() {
        guard let guarantee else { return }
        // The furthest short (as a fraction of what it is owed) first.
        var order: [(account: Int, shortfall: Double)] = []
        for account in guarantee.shares.indices {
            let deficit = guarantee.deficitMillis(
                account, received: state.received[account], delivered: state.delivered)
            guard deficit > 1 else { continue }
            order.append((account, deficit / max(1, guarantee.guaranteeMillis(account, delivered: state.delivered))))
        }
        order.sort { $0.shortfall != $1.shortfall ? $0.shortfall > $1.shortfall : $0.account < $1.account }
        for (account, _) in order {
            func short() -> Bool {
                guarantee.deficitMillis(account, received: state.received[account], delivered: state.delivered) > 1
            }
            guard short() else { continue }
            var options = unchosenCandidates(of: account).filter { state.fits($0) }
            options.sort {
                let (a, b) = (state.set.candidates[Int($0)].value, state.set.candidates[Int($1)].value)
                return a != b ? a > b : $0 < $1
            }
            for id in options where state.fits(id) {
                state.insert(id)
                if !short() { break }
            }
        }
    }
}

extension SearchChain {
    /// The candidates not chosen of every request of `account` (partner, or mission when the
    /// set accounts by mission), in request order.
    func unchosenCandidates(of account: Int) -> [Int32] {
        var found: [Int32] = []
        for request in state.set.requestsByAccount[account] {
            for id in state.set.byRequest[request] where !state.selected[Int(id)] { found.append(id) }
        }
        return found
    }
}

extension SearchChain {
    /// The partners (missions, under a floor) more than 1 ms short of `guarantee`, ascending.
    func shortAccounts(_ guarantee: FairnessGuarantee) -> [Int] {
        guarantee.shares.indices.filter {
            guarantee.deficitMillis($0, received: state.received[$0], delivered: state.delivered) > 1
        }
    }
}
