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
///
/// Each chunk is hashed and written by the caller's thread while it is still in the CPU cache
/// (network-sized chunks, ≤ 64 KiB: on this VM a 1 GiB file written in 1 MiB `write`s costs
/// 1.4 s of kernel time, in 64–128 KiB ones 0.25–0.3 s, and a copy into larger blocks or a hand-over
/// to another core costs memory bandwidth, the scarce resource). Every `writebackBytes` the
/// kernel is asked to start writing the file out (`Writeback`), so the final `fsync` waits for
/// the last stretch only, not the whole file.
public final class IncomingBlob: @unchecked Sendable {
    /// The temporary file.
    public let path: String
    private var descriptor: Int32
    private var hasher = SHA256()
    /// How many bytes between two requests to start writeback.
    private let writebackBytes: Int64
    private var writebackStart: Int64 = 0
    /// The bytes written so far.
    public private(set) var byteCount: Int64 = 0
    /// The content's SHA-256 (hex), once finished.
    public private(set) var sha256: String?

    init(path: String, writebackBytes: Int64 = 32 << 20) throws(DataStoreError) {
        self.path = path
        self.writebackBytes = writebackBytes
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DataStoreError.system("create", path, errno: errno) }
        self.descriptor = fd
    }

    /// A new file at `path` (which must not exist), written and hashed the same way: the CLI's
    /// download, checked against the server's hash before it is renamed into place.
    public convenience init(creating path: String) throws(DataStoreError) {
        try self.init(path: path)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes` to the hash and the file.
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
        if byteCount - writebackStart >= writebackBytes {
            Writeback.start(descriptor, from: writebackStart, byteCount: byteCount - writebackStart)
            writebackStart = byteCount
        }
    }

    /// Flushes the file to disk (`fsync`), closes it and returns the content's SHA-256 (hex).
    public func finish() throws(DataStoreError) -> String {
        if let sha256 { return sha256 }
        guard descriptor >= 0 else {
            throw DataStoreError(.io, detail: "the upload \(path) was abandoned")
        }
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
