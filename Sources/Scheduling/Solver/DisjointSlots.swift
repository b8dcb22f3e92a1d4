/// Array storage handed to worker threads that each read and write only their own index, so
/// no two threads touch the same element.
struct DisjointSlots<Element>: @unchecked Sendable {
    /// The first element.
    let base: UnsafeMutablePointer<Element>
}
