import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension BlobStore {
    /// The SHA-256 (hex) and size of the file at `path`, read in 1 MiB chunks (for clients that
    /// announce the hash of what they upload, and check what they download).
    public static func sha256(ofFile path: String) throws(DataStoreError) -> (sha256: String, byteCount: Int64) {
        let fd = openForReading(path)
        guard fd >= 0 else { throw DataStoreError.system("open", path, errno: errno) }
        defer { close(fd) }
        var hasher = SHA256()
        var total: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw DataStoreError.system("read", path, errno: errno)
            }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            total += Int64(count)
        }
        return (hex(hasher.finalize()), total)
    }
}

/// `open(2)` for reading, under a name `BlobStore.open` does not shadow.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
