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

    /// The most a partner's deficit can weigh in ``scoredDeficitMillis(received:delivered:)``.
    public static let smallGuaranteeWeightCap = 10.0

    /// The deficit the solver's score prices: every partner's deficit (``deficitMillis(_:received:delivered:)``)
    /// weighted by how small its guarantee is beside the mean of the positive guarantees,
    /// `min(10, max(1, mean / its guarantee))`; fixed targets (``floor(_:)``) are not weighted.
    ///
    /// The tolerance is a fraction of each guarantee, so an hour lacking to a partner
    /// guaranteed 10 h breaks it as far as 10 h lacking to one guaranteed 100 h. Priced in
    /// plain seconds, the repairs would serve the large partners first and leave the small
    /// ones furthest below their guarantee; the weight makes a deficit count nearly as its
    /// fraction, while a partner with a guarantee above the mean still counts its full
    /// seconds (so no deficit is priced below what the score's penalty says), and the cap
    /// keeps a partner guaranteed a few minutes from outweighing all the others. 0 exactly
    /// when every deficit is 0.
    public func scoredDeficitMillis(received: [Int], delivered: Int) -> Double {
        guard !fixed else { return totalDeficitMillis(received: received, delivered: delivered) }
        var sum = 0.0
        var count = 0
        for partner in shares.indices {
            let guarantee = guaranteeMillis(partner, delivered: delivered)
            if guarantee > 0 {
                sum += guarantee
                count += 1
            }
        }
        guard count > 0 else { return 0 }
        let mean = sum / Double(count)
        var total = 0.0
        for partner in shares.indices {
            let deficit = deficitMillis(partner, received: received[partner], delivered: delivered)
            guard deficit > 0 else { continue }
            let weight = mean / guaranteeMillis(partner, delivered: delivered)
            total += deficit * min(Self.smallGuaranteeWeightCap, max(1, weight))
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
