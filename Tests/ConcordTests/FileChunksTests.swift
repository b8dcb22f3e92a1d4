import Foundation
import NIOCore
import Testing

@testable import concord

/// The body of `concord data put`: a file as reused buffers of at most `chunkBytes`, in order.
@Suite("File chunks")
struct FileChunksTests {
    @Test("A file of 2.5 chunks arrives whole, in chunks of at most chunkBytes, then nil")
    func wholeFileInChunks() async throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("concord-chunks-\(UUID().uuidString)")
            .path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var sizes: [Int] = []
        var received: [UInt8] = []
        var iterator = FileChunks(path: path, chunkBytes: 4000).makeAsyncIterator()
        while let chunk = try await iterator.next() {
            sizes.append(chunk.readableBytes)
            received += chunk.readableBytesView
        }
        #expect(sizes == [4000, 4000, 2000])
        #expect(received == bytes)
        #expect(try await iterator.next() == nil)
    }

    @Test("A missing file is an unreadable-file error naming it")
    func missingFile() async throws {
        let path = "/nonexistent/concord-\(UUID().uuidString)"
        var iterator = FileChunks(path: path).makeAsyncIterator()
        do {
            _ = try await iterator.next()
            Issue.record("a missing file produced a chunk")
        } catch let error as CommandError {
            #expect(error.kind == .unreadableFile)
            #expect(error.file == path)
        }
    }
}
