import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stored blob opened for reading, which checks that its bytes still hash to its name.
///
/// A full read (`readNext` to the end) hashes as it goes and `verifyAtEnd()` compares; the server
/// holds back the last chunk until then, so a corrupt blob is never delivered whole. A partial
/// read (a range) first checks the whole file (`verifyWhole()`).
public final class BlobReader: @unchecked Sendable {
    /// The file.
    public let path: String
    /// The expected SHA-256 (the file's name).
    public let sha256: String
    /// The file's size in bytes.
    public let byteCount: Int64
    private var descriptor: Int32
    private var hasher = SHA256()
    private var position: Int64 = 0

    init(path: String, sha256: String) throws(DataStoreError) {
        self.path = path
        self.sha256 = sha256
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DataStoreError.system("open", path, errno: errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw DataStoreError.system("stat", path, errno: errno)
        }
        self.descriptor = fd
        self.byteCount = Int64(info.st_size)
        #if os(Linux)
            // Reads go front to back: a larger read-ahead window for a blob not in the page cache.
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `buffer.count` bytes at `offset` (no hashing); returns the count, 0 at the end.
    public func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(DataStoreError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = pread(descriptor, base, buffer.count, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                throw DataStoreError.system("read", path, errno: errno)
            }
            return count
        }
    }

    /// Reads the next bytes of a full sequential read into `buffer`, hashing them; 0 at the end.
    public func readNext(into buffer: UnsafeMutableRawBufferPointer) throws(DataStoreError) -> Int {
        let count = try read(at: position, into: buffer)
        if count > 0 {
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            position += Int64(count)
        }
        return count
    }

    /// After a full sequential read: throws `corruptBlob` unless every byte was read and they
    /// hash to `sha256`.
    public func verifyAtEnd() throws(DataStoreError) {
        let actual = BlobStore.hex(hasher.finalize())
        guard position == byteCount, actual == sha256 else {
            throw DataStoreError(
                .corruptBlob, field: "sha256",
                detail: "blob \(sha256) read \(position) of \(byteCount) bytes hashing to \(actual)")
        }
    }

    /// Reads the whole file once and throws `corruptBlob` unless it hashes to `sha256`.
    public func verifyWhole(chunkBytes: Int = 1 << 20) throws(DataStoreError) {
        var hasher = SHA256()
        var offset: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try read(at: offset, into: buffer)
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            offset += Int64(count)
        }
        let actual = BlobStore.hex(hasher.finalize())
        guard offset == byteCount, actual == sha256 else {
            throw DataStoreError(
                .corruptBlob, field: "sha256", detail: "blob \(sha256) hashes to \(actual) over \(offset) bytes")
        }
    }
}
