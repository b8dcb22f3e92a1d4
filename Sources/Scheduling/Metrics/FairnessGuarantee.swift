/// The entitlement guarantee: each partner should receive at least
/// `min(share × total delivered, what it could get with the network to itself)`, and may fall
/// short of that by at most `tolerance` (a fraction of its guarantee).
///
/// The cap matters: a guarantee of `share × total` alone levels everyone down when a partner
/// cannot use its share (its spacecraft are not in view often enough), while a partner that
/// asks for little is fully served by receiving what it can use.
public struct FairnessGuarantee: Sendable, Hashable {
    /// Each partner's entitlement share, summing to 1.
    public let shares: [Double]
    /// Each partner's contact time with the network to itself, milliseconds.
    public let aloneMillis: [Int]
    /// The allowed shortfall, a fraction of each guarantee.
    public let tolerance: Double
    /// True for fixed targets (a mission floor, ``floor(_:)``): each guarantee is then
    /// `aloneMillis` itself, whatever is delivered.
    public let fixed: Bool

    /// Creates a guarantee.
    public init(shares: [Double], aloneMillis: [Int], tolerance: Double) {
        self.shares = shares
        self.aloneMillis = aloneMillis
        self.tolerance = tolerance
        fixed = false
    }

    /// Fixed targets held exactly: account `k` must receive at least `floorMillis[k]` (the
    /// mission floor, `MissionFloor`), with no tolerance and no share of the delivered time.
    public static func floor(_ floorMillis: [Int]) -> FairnessGuarantee {
        FairnessGuarantee(floorMillis: floorMillis)
    }

    private init(floorMillis: [Int]) {
        shares = [Double](repeating: 0, count: floorMillis.count)
        aloneMillis = floorMillis
        tolerance = 0
        fixed = true
    }

    /// Partner `partner`'s guarantee when `delivered` milliseconds are delivered in all.
    @inlinable
    public func guaranteeMillis(_ partner: Int, delivered: Int) -> Double {
        fixed ? Double(aloneMillis[partner]) : min(shares[partner] * Double(delivered), Double(aloneMillis[partner]))
    }

    /// True when partner `partner`'s guarantee is its share of `delivered` (below its alone
    /// time), so that it grows with the time delivered; false when it is a fixed amount.
    @inlinable
    public func isShareBased(_ partner: Int, delivered: Int) -> Bool {
        !fixed && shares[partner] * Double(delivered) < Double(aloneMillis[partner])
    }

    /// How far `received` falls short of the partner's guarantee, a fraction of the guarantee
    /// (0 when met or when the guarantee is 0).
    @inlinable
    public func shortfall(_ partner: Int, received: Int, delivered: Int) -> Double {
        let guarantee = guaranteeMillis(partner, delivered: delivered)
        guard guarantee > 0 else { return 0 }
        return max(0, guarantee - Double(received)) / guarantee
    }

    /// The milliseconds partner `partner` lacks to be within the tolerance (0 when it is).
    @inlinable
    public func deficitMillis(_ partner: Int, received: Int, delivered: Int) -> Double {
        max(0, (1 - tolerance) * guaranteeMillis(partner, delivered: delivered) - Double(received))
    }

    /// The sum of every partner's deficit: 0 exactly when the guarantee holds.
    public func totalDeficitMillis(received: [Int], delivered: Int) -> Double {
        var total = 0.0
        for partner in shares.indices {
            total += deficitMillis(partner, received: received[partner], delivered: delivered)
        }
        return total
    }

    /// True when every partner is within the tolerance of its guarantee (to 1 ms).
    public func holds(received: [Int], delivered: Int) -> Bool {
        shares.indices.allSatisfy {
            deficitMillis($0, received: received[$0], delivered: delivered) <= 1
        }
    }
}
