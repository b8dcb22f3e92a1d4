/// Prices charged to over-chosen requests inside one best response, each found by its own
/// bisection: raised while the request is over-chosen, lowered once it keeps its limits.
struct RequestPrices {
    /// The requests priced, in the order they were first over-chosen.
    private(set) var requests: [Int32] = []
    /// The price being tried, and the bounds: below `low` the request was over-chosen, at
    /// `high` it kept its limits.
    private(set) var now: [Double] = []
    private(set) var low: [Double] = []
    private(set) var high: [Double] = []
    /// True when the price is per second of tracking (the total binds), false per contact.
    private(set) var perSecond: [Bool] = []

    /// For each request, its position here plus one (0 when not priced); shared scratch,
    /// zeroed again by ``clear(_:)``.
    private var slot: [Int32]

    /// Prices over `slots`, a zeroed array with one entry per request (taken over until
    /// ``clear(_:)`` hands it back).
    init(slots: [Int32]) { slot = slots }

    /// The position of `request`, or nil when it is not priced.
    @inline(__always)
    func index(of request: Int32) -> Int? {
        let k = slot[Int(request)]
        return k == 0 ? nil : Int(k - 1)
    }

    /// Zeroes the scratch array and returns it.
    mutating func clear() -> [Int32] {
        for request in requests { slot[Int(request)] = 0 }
        return slot
    }

    /// Starts pricing `request`; `top` is a price at which none of its candidates is worth
    /// anything (so it certainly keeps its limits).
    mutating func add(_ request: Int32, top: Double, perSecond: Bool) {
        requests.append(request)
        slot[Int(request)] = Int32(requests.count)
        now.append(0)
        low.append(0)
        high.append(top)
        self.perSecond.append(perSecond)
    }

    /// Records which requests were over-chosen at the current prices and moves every price
    /// to the middle of its bracket.
    mutating func bisect(over: [Int32]) {
        var isOver = [Bool](repeating: false, count: requests.count)
        for request in over {
            if let k = index(of: request) { isOver[k] = true }
        }
        for k in requests.indices {
            if isOver[k] { low[k] = now[k] } else if now[k] > 0 { high[k] = now[k] }
            now[k] = (low[k] + high[k]) / 2
        }
    }
}
