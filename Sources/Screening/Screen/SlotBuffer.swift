/// Per-worker result slots written from `concurrentPerform`: each worker writes only its
/// own slot, and the slots are read after the workers have joined. Backed by raw memory so
/// that disjoint slots are written without exclusivity conflicts.
final class SlotBuffer<Element>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: value)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Applies `body` to slot `index` (only that worker may touch it).
    func update(_ index: Int, _ body: (inout Element) -> Void) { body(&slots[index]) }

    /// The slots, after every worker is done.
    var values: [Element] { Array(slots) }
}
