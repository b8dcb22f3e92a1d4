import Crypto
import Foundation
import Testing

@testable import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An upload being written: pieces of any size land in the file in order and hash like the
/// one-shot SHA-256 (swift-crypto's `SHA256.hash(data:)`, a separate code path from the
/// streaming hasher), with the kernel asked to start writeback on the way.
@Suite("Incoming blob")
struct IncomingBlobTests {
    /// `count` bytes of a fixed pseudo-random sequence (a 64-bit LCG, Knuth's MMIX constants).
    static func content(_ count: Int, seed: UInt64 = 42) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("concord-incoming-\(UUID().uuidString)").path
    }

    @Test("Pieces of every size, with writeback asked every 4 KiB, land whole and hash like the one-shot SHA-256")
    func piecesWithEarlyWriteback() throws {
        let root = try BlobStoreTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bytes = Self.content(100_003)
        let incoming = try IncomingBlob(path: "\(root)/upload", writebackBytes: 4096)
        // Piece sizes 0, 1, 2, … 400, then again: smaller and larger than the writeback stride.
        var offset = 0
        var size = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + size)
            try bytes[offset..<end].withUnsafeBytes { try incoming.write($0) }
            offset = end
            size = (size + 1) % 401
        }
        let hash = try incoming.finish()
        #expect(hash == SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined())
        #expect(FileManager.default.contents(atPath: "\(root)/upload") == Data(bytes))
    }

    @Test("A 3 MiB upload in 64 KiB pieces hashes like the one-shot SHA-256 and reads back whole")
    func incomingBlobOfSeveralBlocks() throws {
        let root = try BlobStoreTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        let bytes = Self.content(3 << 20 + 12_345, seed: 7)
        let incoming = try store.beginUpload()
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 65_536 - 17)
            try bytes[offset..<end].withUnsafeBytes { try incoming.write($0) }
            offset = end
        }
        #expect(try store.commit(incoming))
        let expected = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(incoming.sha256 == expected)
        #expect(incoming.byteCount == Int64(bytes.count))
        let stored = try store.path(of: expected)
        #expect(try BlobStore.sha256(ofFile: stored) == (expected, Int64(bytes.count)))
        #expect(FileManager.default.contents(atPath: stored) == Data(bytes))
    }

    @Test("An abandoned upload leaves no file and cannot be finished")
    func abandonWhileWriting() throws {
        let root = try BlobStoreTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        let incoming = try store.beginUpload()
        try Self.content(5 << 20).withUnsafeBytes { try incoming.write($0) }
        incoming.abandon()
        #expect(!FileManager.default.fileExists(atPath: incoming.path))
        #expect(throws: DataStoreError.self) { _ = try incoming.finish() }
    }

    #if os(Linux)
        @Test("Early writeback is found on Linux and accepted for a written range")
        func writebackOnLinux() throws {
            #expect(Writeback.isAvailable)
            let path = Self.temporaryFile()
            defer { unlink(path) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.content(8192))))
            let fd = open(path, O_WRONLY)
            try #require(fd >= 0)
            defer { close(fd) }
            #expect(Writeback.start(fd, from: 0, byteCount: 8192))
            #expect(!Writeback.start(-1, from: 0, byteCount: 8192))
        }
    #endif
}
