import NIOCore

/// A small ring of `ByteBuffer`s reused while a file is streamed to a connection.
///
/// A fresh 1 MiB buffer per chunk costs the kernel a page fault and a zeroed page for every
/// 4 KiB (a third of a download's CPU time in the profile of docs/data.md). Here each chunk is
/// read into a buffer taken from the ring (`take()`); after it is handed to the connection a
/// reference is kept (`keep(_:)`). When the ring comes round to it again the connection has
/// normally sent it and dropped its reference, so `clear()` reuses the same memory. If it is
/// still queued, `ByteBuffer`'s copy-on-write gives the reader fresh storage: a buffer that is
/// waiting to be sent is never overwritten. Memory: `count × capacity` per stream.
public struct ContentBuffers {
    /// The bytes each buffer holds.
    public let capacity: Int
    private var buffers: [ByteBuffer?]
    private var next = 0
    private let allocator: ByteBufferAllocator

    /// A ring of `count` buffers of `capacity` bytes, allocated on first use.
    public init(count: Int = 4, capacity: Int, allocator: ByteBufferAllocator = ByteBufferAllocator()) {
        precondition(count > 0 && capacity > 0)
        self.capacity = capacity
        self.buffers = Array(repeating: nil, count: count)
        self.allocator = allocator
    }

    /// The next buffer, empty, with room for `capacity` bytes. The ring lets go of it (so that
    /// it is uniquely referenced while it is filled) until `keep(_:)` hands it back.
    public mutating func take() -> ByteBuffer {
        guard var buffer = buffers[next] else { return allocator.buffer(capacity: capacity) }
        buffers[next] = nil
        buffer.clear(minimumCapacity: capacity)
        return buffer
    }

    /// Keeps a reference to `buffer` (just handed to the connection) for reuse, and moves on.
    public mutating func keep(_ buffer: ByteBuffer) {
        buffers[next] = buffer
        next = (next + 1) % buffers.count
    }
}
