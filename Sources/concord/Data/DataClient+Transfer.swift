import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Storage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The content transfers of `concord data put|get`, over AsyncHTTPClient (SwiftNIO).
///
/// FoundationNetworking's `URLSession` on Linux moves a file through libcurl in small pieces with
/// copies in between: 147 MB/s up and 337 MB/s down on loopback (docs/data.md). Here the upload
/// body is the file read in 1 MiB chunks into reused buffers (`FileChunks`), and a download
/// streams into a file beside the target while it is hashed (`IncomingBlob`), so the SHA-256 is
/// known when the last byte arrives and no second read of the file is needed.
extension DataClient {
    /// The longest a transfer may take.
    static let transferTimeout = TimeAmount.hours(6)

    /// A request to `path` on the server with the token.
    func clientRequest(_ method: HTTPMethod, _ path: String) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: server.appendingPathComponent(path).absoluteString)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        return request
    }

    /// POSTs the file at `path` as the body of `request` (`Content-Length` from its size) and
    /// returns the server's answer, throwing its problem for a status ≥ 400.
    func upload(_ request: HTTPClientRequest, file path: String) async throws -> Data {
        var request = request
        let size: Int64
        do {
            size = try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        } catch {
            throw CommandError(.unreadableFile, file: path, "cannot read the file's size")
        }
        request.body = .stream(FileChunks(path: path), length: .known(size))
        let response = try await HTTPClient.shared.execute(request, timeout: Self.transferTimeout)
        let body = try await Data(response.body.collect(upTo: 16 << 20).readableBytesView)
        try Self.checked(status: Int(response.status.code), body: body)
        return body
    }

    /// GETs `path` into a new file `partial` (beside the target), hashing it as it arrives; returns
    /// the `ETag` (unquoted), the SHA-256 of what arrived and its size. The file is fsynced; on any
    /// error it is removed.
    func download(_ path: String, to partial: String) async throws -> (eTag: String, sha256: String, byteCount: Int64) {
        let response = try await HTTPClient.shared.execute(clientRequest(.GET, path), timeout: Self.transferTimeout)
        guard response.status.code < 400 else {
            let body = try await Data(response.body.collect(upTo: 1 << 20).readableBytesView)
            try Self.checked(status: Int(response.status.code), body: body)
            throw CommandError(.invalidContent, "the server answered \(response.status.code)")
        }
        let tag = (response.headers.first(name: "ETag") ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        let file: IncomingBlob
        do throws(DataStoreError) {
            file = try IncomingBlob(creating: partial)
        } catch {
            throw CommandError(.unwritableFile, file: partial, error.detail)
        }
        do {
            for try await chunk in response.body {
                try chunk.withUnsafeReadableBytes { try file.write($0) }
            }
            let hash = try file.finish()
            return (tag, hash, file.byteCount)
        } catch {
            file.abandon()
            throw error
        }
    }
}
