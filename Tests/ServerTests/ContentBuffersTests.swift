import NIOCore
import Testing

@testable import Server

/// The download's buffer ring: memory is reused once the connection has let go of a buffer, and
/// a buffer still waiting to be sent is never overwritten.
@Suite("Content buffers")
struct ContentBuffersTests {
    /// The address of a buffer's bytes.
    static func address(_ buffer: ByteBuffer) -> UnsafeRawPointer? {
        buffer.withUnsafeReadableBytes { $0.baseAddress }
    }

    @Test("A buffer the connection has released is reused in place, empty and with full capacity")
    func reusedWhenReleased() {
        var ring = ContentBuffers(count: 2, capacity: 4096)
        var first = ring.take()
        first.writeBytes(Array(repeating: 0xAB, count: 4096))
        let firstAddress = Self.address(first)
        ring.keep(first)
        first = ByteBuffer()  // the connection sent it and dropped its copy
        var second = ring.take()
        second.writeString("second")
        ring.keep(second)
        second = ByteBuffer()
        var again = ring.take()
        #expect(again.readableBytes == 0)
        #expect(again.capacity >= 4096)
        again.writeString("x")
        #expect(Self.address(again) == firstAddress)
        #expect(first.readableBytes == 0 && second.readableBytes == 0)
    }

    @Test("A buffer still queued keeps its bytes: the ring's next use gets other memory")
    func queuedBufferNotOverwritten() {
        var ring = ContentBuffers(count: 1, capacity: 64)
        var chunk = ring.take()
        chunk.writeString("first chunk")
        let queued = chunk  // still in the connection's queue
        ring.keep(chunk)
        chunk = ByteBuffer()
        var next = ring.take()
        next.writeString("second")
        #expect(queued.getString(at: 0, length: 11) == "first chunk")
        #expect(next.getString(at: 0, length: 6) == "second")
        #expect(Self.address(next) != Self.address(queued))
    }
}
