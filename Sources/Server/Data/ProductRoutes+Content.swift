import Consortium
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Orbits
import Storage

extension ProductRoutes {
    /// The size of the chunks read from disk and written to the connection, bytes: 256 KiB, so
    /// that a chunk is still in the CPU's cache when it is hashed (memory bandwidth is what this
    /// VM is shortest of; docs/data.md).
    static let chunkBytes = 1 << 18

    /// `GET /api/v1/products/{id}/content`: streamed from the blob, never read whole into memory.
    ///
    /// `ETag` is the quoted SHA-256; `If-None-Match` naming it (or `*`) answers 304. A single
    /// `Range: bytes=…` answers 206 with `Content-Range` (the blob's hash is checked over the whole
    /// file first), an unsatisfiable one 416. A full answer is hashed as it is sent and its last
    /// chunk held back until the hash matches: a corrupt blob ends the connection short of
    /// `Content-Length` instead of delivering wrong bytes. Every download is audited.
    @Sendable static func download(_ request: inout RouteRequest) async throws -> Response {
        let caller = try await caller(request)
        let (product, decision) = try await visibleProduct(request, caller, action: .download)
        let id = product.id.rawValue
        let tag = "\"\(product.sha256)\""
        var headers = HTTPFields()
        headers[.eTag] = tag
        headers[.acceptRanges] = "bytes"
        headers[.cacheControl] = "private, no-cache"
        if let match = request.request.headers[.ifNoneMatch], matches(match, tag: tag) {
            try await caller.audit(.download, .ok, product: id, producer: product.producer, "not modified (304)")
            return Response(status: .notModified, headers: headers)
        }
        let reader: BlobReader
        do throws(DataStoreError) {
            guard let opened = try caller.store.blobs.open(product.sha256) else {
                throw DataStoreError(.corruptBlob, field: "sha256", detail: "blob \(product.sha256) is missing")
            }
            reader = opened
        } catch {
            request.context.logger.error("data product \(id): \(error)")
            throw Problem(error)
        }
        let size = reader.byteCount
        headers[.contentType] = product.metadata.mediaType ?? "application/octet-stream"
        // The uploader chose the media type: a browser must neither sniff nor render the content.
        headers[.contentDisposition] = "attachment"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        switch ByteRange.resolve(request.request.headers[.range], size: size) {
        case .unsatisfiable:
            try await caller.audit(
                .download, .rejected, product: id, producer: product.producer, "range not satisfiable")
            var problem = Problem(
                .rangeNotSatisfiable, detail: "the content has \(size) bytes", field: "Range")
            problem.headers[.contentRange] = "bytes */\(size)"
            throw problem
        case .partial(let range):
            do throws(DataStoreError) {
                try reader.verifyWhole()
            } catch {
                request.context.logger.error("data product \(id): \(error)")
                throw Problem(error)
            }
            try await caller.audit(
                .download, .ok, product: id, producer: product.producer,
                "bytes \(range.first)-\(range.last)/\(size) (\(decision))")
            headers[.contentRange] = "bytes \(range.first)-\(range.last)/\(size)"
            headers[.contentLength] = String(range.count)
            return Response(
                status: .partialContent, headers: headers,
                body: ResponseBody(contentLength: Int(range.count)) { writer in
                    try await streamRange(reader, range, to: &writer)
                })
        case .whole:
            try await caller.audit(
                .download, .ok, product: id, producer: product.producer, "\(size) bytes (\(decision))")
            headers[.contentLength] = String(size)
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody(contentLength: Int(size)) { writer in
                    try await streamVerified(reader, to: &writer)
                })
        }
    }

    /// Whether an `If-None-Match` list names `tag` (weak comparison) or is `*`.
    static func matches(_ header: String, tag: String) -> Bool {
        header.split(separator: ",").contains { item in
            let value = item.trimmingCharacters(in: .whitespaces)
            return value == "*" || value == tag || value == "W/" + tag
        }
    }

    /// Writes the whole blob, hashing it, holding back the last chunk until the hash matches.
    /// The chunks are read into a ring of reused buffers (`ContentBuffers`).
    static func streamVerified(_ reader: BlobReader, to writer: inout any ResponseBodyWriter) async throws {
        var buffers = ContentBuffers(count: 8, capacity: chunkBytes)
        var pending: ByteBuffer?
        while true {
            var buffer = buffers.take()
            let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: chunkBytes) { bytes in
                try reader.readNext(into: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<chunkBytes]))
            }
            if count == 0 { break }
            if let pending { try await writer.write(pending) }
            pending = buffer
            buffers.keep(buffer)
        }
        try reader.verifyAtEnd()
        if let pending { try await writer.write(pending) }
        try await writer.finish(nil)
    }

    /// Writes `range` of the blob (whose hash was checked whole before).
    static func streamRange(
        _ reader: BlobReader, _ range: ByteRange, to writer: inout any ResponseBodyWriter
    )
        async throws
    {
        var buffers = ContentBuffers(count: 8, capacity: chunkBytes)
        var offset = range.first
        while offset <= range.last {
            let wanted = Int(min(Int64(chunkBytes), range.last - offset + 1))
            var buffer = buffers.take()
            let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { bytes in
                try reader.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<wanted]))
            }
            guard count > 0 else {
                throw DataStoreError(.corruptBlob, field: "sha256", detail: "blob \(reader.sha256) ended early")
            }
            offset += Int64(count)
            try await writer.write(buffer)
            buffers.keep(buffer)
        }
        try await writer.finish(nil)
    }
}
