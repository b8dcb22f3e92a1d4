import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An upload being written to `<root>/incoming/<uuid>`, hashed as it is written.
///
/// Used by one task at a time: `write` each chunk as it arrives, then `finish()` (fsync, close,
/// the SHA-256) and hand it to `BlobStore.commit(_:)`, or `abandon()` it. Nothing here is
/// visible as a product; a process killed mid-way leaves a file that the next start removes.
public final class IncomingBlob: @unchecked Sendable {
    /// The temporary file.
    public let path: String
    private var descriptor: Int32
    private var hasher = SHA256()
    /// The bytes written so far.
    public private(set) var byteCount: Int64 = 0
    /// The content's SHA-256 (hex), once finished.
    public private(set) var sha256: String?

    init(path: String) throws(DataStoreError) {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DataStoreError.system("create", path, errno: errno) }
        self.descriptor = fd
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes` to the file and the hash.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(DataStoreError) {
        guard descriptor >= 0, let base = bytes.baseAddress else { return }
        hasher.update(bufferPointer: bytes)
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw DataStoreError.system("write", path, errno: errno)
            }
            offset += written
        }
        byteCount += Int64(bytes.count)
    }

    /// Flushes the file to disk (`fsync`), closes it and returns the content's SHA-256 (hex).
    public func finish() throws(DataStoreError) -> String {
        if let sha256 { return sha256 }
        guard fsync(descriptor) == 0 else { throw DataStoreError.system("fsync", path, errno: errno) }
        close(descriptor)
        descriptor = -1
        let hash = BlobStore.hex(hasher.finalize())
        sha256 = hash
        return hash
    }

    /// Closes and removes the file (an upload that failed or was refused).
    public func abandon() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(path)
    }
}

/// `write(2)`, under a name the class's own `write` does not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
