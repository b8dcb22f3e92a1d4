import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Content-addressed files on disk: `<root>/blobs/sha256/ab/<64 hex digits>`, named only by the
/// SHA-256 of their bytes (no name from a request ever becomes a path).
///
/// An upload streams into `<root>/incoming/<uuid>` (`IncomingBlob`), is fsynced, then renamed
/// into place and the directory fsynced (`commit`), all before the product's row is committed:
/// a product is visible only when its bytes are durable. The same bytes uploaded twice are kept
/// once. `cleanUp(keeping:)` (at start, before serving) removes what an interrupted upload left.
public struct BlobStore: Sendable {
    /// The store's directory.
    public let root: String

    /// Opens (creating) the store under `root`.
    public init(root: String) throws(DataStoreError) {
        self.root = root
        for directory in [root, "\(root)/incoming", "\(root)/blobs", "\(root)/blobs/sha256"] {
            try Self.makeDirectory(directory)
        }
    }

    /// A new upload in `incoming/`.
    public func beginUpload() throws(DataStoreError) -> IncomingBlob {
        try IncomingBlob(path: "\(root)/incoming/\(UUID().uuidString.lowercased())")
    }

    /// The path of the blob with SHA-256 `hash` (64 lowercase hex digits, checked).
    public func path(of hash: String) throws(DataStoreError) -> String {
        guard Self.isHash(hash) else {
            throw DataStoreError(.invalidHash, field: "sha256", detail: "'\(hash.prefix(80))' is not a SHA-256")
        }
        return "\(root)/blobs/sha256/\(hash.prefix(2))/\(hash)"
    }

    /// Makes a finished upload durable under its hash: renamed into place and the directory
    /// fsynced, or removed when a blob with the same bytes exists (de-duplication). Returns
    /// whether the bytes were new.
    @discardableResult
    public func commit(_ incoming: IncomingBlob) throws(DataStoreError) -> Bool {
        let hash = try incoming.finish()
        let target = try path(of: hash)
        let directory = "\(root)/blobs/sha256/\(hash.prefix(2))"
        if access(directory, F_OK) != 0 {
            try Self.makeDirectory(directory)
            try Self.syncDirectory("\(root)/blobs/sha256")
        }
        if access(target, F_OK) == 0 {
            incoming.abandon()
            return false
        }
        guard rename(incoming.path, target) == 0 else {
            let code = errno
            incoming.abandon()
            throw DataStoreError.system("rename", target, errno: code)
        }
        try Self.syncDirectory(directory)
        return true
    }

    /// Opens the blob `hash` for reading; `nil` when there is none.
    public func open(_ hash: String) throws(DataStoreError) -> BlobReader? {
        let path = try path(of: hash)
        guard access(path, F_OK) == 0 else { return nil }
        return try BlobReader(path: path, sha256: hash)
    }

    /// Removes every file in `incoming/` and every blob whose hash is not in `keeping` (the
    /// hashes of committed products). Run at start, before any upload: a blob renamed into place
    /// whose row never committed is removed here. Returns the counts removed.
    public func cleanUp(keeping: Set<String>) throws(DataStoreError) -> (incoming: Int, blobs: Int) {
        var incoming = 0
        var blobs = 0
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: "\(root)/incoming")) ?? [] {
            if unlink("\(root)/incoming/\(name)") == 0 { incoming += 1 }
        }
        let base = "\(root)/blobs/sha256"
        for prefix in (try? manager.contentsOfDirectory(atPath: base)) ?? [] {
            for name in (try? manager.contentsOfDirectory(atPath: "\(base)/\(prefix)")) ?? []
            where !keeping.contains(name) || !name.hasPrefix(prefix) {
                if unlink("\(base)/\(prefix)/\(name)") == 0 { blobs += 1 }
            }
        }
        try Self.syncDirectory("\(root)/incoming")
        return (incoming, blobs)
    }

    /// Whether `text` is 64 lowercase hex digits.
    public static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// Lowercase hex of a digest.
    static func hex(_ digest: SHA256.Digest) -> String {
        var text = ""
        text.reserveCapacity(64)
        for byte in digest {
            text += (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
        return text
    }

    static func makeDirectory(_ path: String) throws(DataStoreError) {
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw DataStoreError.system("mkdir", path, errno: errno)
        }
    }

    /// Flushes a directory's entries to disk (after a rename or a new file).
    static func syncDirectory(_ path: String) throws(DataStoreError) {
        let fd = openDirectory(path)
        guard fd >= 0 else { throw DataStoreError.system("open", path, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw DataStoreError.system("fsync", path, errno: errno) }
    }
}

/// `open(2)` of a directory for `fsync`, under a name `BlobStore.open` does not shadow.
private func openDirectory(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
}
