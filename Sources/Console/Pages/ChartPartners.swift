/// Palette indices of the partners in one chart, in order of first appearance, so that the
/// few partners a chart shows get distinct colours (the palette has seven).
struct ChartPartners {
    private(set) var order: [String] = []

    /// The index of `partner`, giving it the next one on first use.
    mutating func index(of partner: String) -> Int {
        if let index = order.firstIndex(of: partner) { return index }
        order.append(partner)
        return order.count - 1
    }
}
