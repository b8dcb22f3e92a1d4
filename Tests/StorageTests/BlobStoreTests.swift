import Consortium
import Crypto
import Foundation
import Orbits
import Testing

@testable import Storage

/// The content-addressed blob store: layout, de-duplication, verification on read, clean-up.
/// Reference hashes: `printf 'hello\n' | sha256sum` and `printf '' | sha256sum` (GNU coreutils).
@Suite("Blob store")
struct BlobStoreTests {
    static let helloHash = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("concord-blobs-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func upload(_ store: BlobStore, _ text: String) throws -> IncomingBlob {
        let incoming = try store.beginUpload()
        try Array(text.utf8).withUnsafeBytes { try incoming.write($0) }
        return incoming
    }

    @Test("Blobs live under blobs/sha256/<2 hex>/<hash>, once per content")
    func layoutAndDeduplication() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        let first = try Self.upload(store, "hello\n")
        #expect(try store.commit(first))
        #expect(first.sha256 == Self.helloHash)
        #expect(first.byteCount == 6)
        let path = "\(root)/blobs/sha256/58/\(Self.helloHash)"
        #expect(FileManager.default.contents(atPath: path) == Data("hello\n".utf8))
        let again = try Self.upload(store, "hello\n")
        #expect(try !store.commit(again))
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/incoming").isEmpty)
        let empty = try store.beginUpload()
        try store.commit(empty)
        #expect(empty.sha256 == Self.emptyHash)
        #expect(try BlobStore.sha256(ofFile: path).sha256 == Self.helloHash)
    }

    @Test("Only hashes name files: a path-like name is refused")
    func pathLikeNames() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        #expect(throws: DataStoreError.self) { try store.path(of: "../../etc/passwd") }
        #expect(throws: DataStoreError.self) { try store.open(String(repeating: "A", count: 64)) }
        #expect(try store.open(String(repeating: "a", count: 64)) == nil)
    }

    @Test("A read checks the hash: a changed byte is caught at the end of a full read and by verifyWhole")
    func verificationOnRead() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        try store.commit(try Self.upload(store, "hello\n"))
        let good = try #require(try store.open(Self.helloHash))
        var buffer = [UInt8](repeating: 0, count: 4)
        var read: [UInt8] = []
        while true {
            let count = try buffer.withUnsafeMutableBytes { try good.readNext(into: $0) }
            if count == 0 { break }
            read += buffer[0..<count]
        }
        #expect(read == Array("hello\n".utf8))
        try good.verifyAtEnd()
        try good.verifyWhole()
        // Corrupt the stored file (same length).
        let path = try store.path(of: Self.helloHash)
        try Data("jello\n".utf8).write(to: URL(fileURLWithPath: path))
        let bad = try #require(try store.open(Self.helloHash))
        #expect(throws: DataStoreError.self) { try bad.verifyWhole() }
        while try buffer.withUnsafeMutableBytes({ try bad.readNext(into: $0) }) > 0 {}
        do {
            try bad.verifyAtEnd()
            Issue.record("a corrupt blob passed verification")
        } catch {
            #expect(error.code == .corruptBlob)
        }
    }

    @Test("Clean-up removes incoming files and blobs no product names")
    func cleanUp() throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try BlobStore(root: root)
        try store.commit(try Self.upload(store, "hello\n"))
        try store.commit(try Self.upload(store, "orphan"))
        _ = try Self.upload(store, "half an upl")  // an interrupted upload, never finished
        let removed = try store.cleanUp(keeping: [Self.helloHash])
        #expect(removed.incoming == 1)
        #expect(removed.blobs == 1)
        #expect(try store.open(Self.helloHash) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/incoming").isEmpty)
    }

    @Test("ProductStore.store refuses a wrong expected hash and keeps nothing", arguments: Backend.selected)
    func wrongHash(_ backend: Backend) async throws {
        let root = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try await TestDatabase.with(backend) { repository, _ in
            let store = ProductStore(catalog: repository, blobs: try BlobStore(root: root), quotaBytes: nil)
            let incoming = try Self.upload(store.blobs, "hello\n")
            do {
                _ = try await store.store(incoming, expectedSHA256: Self.emptyHash) { hash, count in
                    let product = DataProductStorageTests.product("w-1", access: .public, bytes: count)
                    return (product, DataProductStorageTests.record(product))
                }
                Issue.record("a wrong hash was stored")
            } catch let error as DataStoreError {
                #expect(error.code == .hashMismatch)
            }
            #expect(try await repository.product(id: "w-1") == nil)
            #expect(try store.blobs.open(Self.helloHash) == nil)
            #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/incoming").isEmpty)
            // The right hash stores it, with its audit entry.
            let retry = try Self.upload(store.blobs, "hello\n")
            let stored = try await store.store(retry, expectedSHA256: Self.helloHash) { hash, count in
                var product = DataProductStorageTests.product("w-2", access: .public, bytes: count)
                product.sha256 = hash
                return (product, DataProductStorageTests.record(product))
            }
            #expect(stored.sha256 == Self.helloHash)
            #expect(try await repository.product(id: "w-2")?.byteCount == 6)
            #expect(try await repository.verifyAudit().entries == 1)
        }
    }
}
