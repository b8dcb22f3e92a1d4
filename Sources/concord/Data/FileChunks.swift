import NIOCore
import Server

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes as `ByteBuffer`s of up to `chunkBytes`, read front to back with `pread` into a
/// ring of reused buffers (`ContentBuffers`): the body `concord data put` streams, never the
/// whole file in memory and no fresh pages per chunk.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    /// The file.
    let path: String
    /// The most bytes per chunk.
    let chunkBytes: Int

    /// The chunks of the file at `path`.
    init(path: String, chunkBytes: Int = 1 << 20) {
        self.path = path
        self.chunkBytes = chunkBytes
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(path: path, chunkBytes: chunkBytes)
    }

    /// Reads the next chunk on each `next()`; the file is opened on the first and closed at the end
    /// (or when the iterator is dropped).
    struct Iterator: AsyncIteratorProtocol {
        let path: String
        let chunkBytes: Int
        private var file: OpenFile?
        private var offset: Int64 = 0
        private var buffers: ContentBuffers
        private var finished = false

        init(path: String, chunkBytes: Int) {
            self.path = path
            self.chunkBytes = chunkBytes
            self.buffers = ContentBuffers(capacity: chunkBytes)
        }

        mutating func next() async throws -> ByteBuffer? {
            guard !finished else { return nil }
            let file = try self.file ?? OpenFile(path: path)
            self.file = file
            var buffer = buffers.take()
            let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: chunkBytes) { bytes in
                try file.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<chunkBytes]))
            }
            guard count > 0 else {
                finished = true
                self.file = nil
                return nil
            }
            offset += Int64(count)
            buffers.keep(buffer)
            return buffer
        }
    }

    /// A descriptor open for reading, closed when the last reference goes.
    final class OpenFile {
        let path: String
        let descriptor: Int32

        init(path: String) throws {
            self.path = path
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CommandError(.unreadableFile, file: path, String(cString: strerror(errno)))
            }
        }

        deinit {
            close(descriptor)
        }

        /// Up to `buffer.count` bytes at `offset`; 0 at the end.
        func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            while true {
                let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
                if count >= 0 { return count }
                if errno != EINTR {
                    throw CommandError(.unreadableFile, file: path, String(cString: strerror(errno)))
                }
            }
        }
    }
}
