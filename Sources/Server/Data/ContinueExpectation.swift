import Hummingbird
import Logging
import NIOCore
import NIOHTTPTypes

/// `Expect: 100-continue` (RFC 9110 §10.1.1) on uploads: the client sends the headers, waits for
/// `100 Continue`, and only then sends the content.
///
/// curl asks for it on bodies over 1 MiB and waits one second when no answer comes. Hummingbird 2
/// writes no interim answers from a router (its `ResponseWriter.writeInformationalHead` is only
/// reachable from a raw `HTTPChannelHandler.Responder`, and NIO's `HTTPServerPipelineHandler`
/// lets 1xx heads through but never writes one), so the upload route writes the interim head on
/// the request's channel itself, after the caller, the metadata, the covering agreement and the
/// quota have been accepted and before the first byte of the body is read. A refused upload is
/// answered (401, 403, 413, 422, 507) without a `100 Continue`, so the client never sends its
/// content.
enum ContinueExpectation {
    /// Whether `request` asks for `100 Continue` before sending its content.
    static func isExpected(by request: Request) -> Bool {
        guard let value = request.headers[.expect] else { return false }
        return value.trimmingCharacters(in: .whitespaces).lowercased() == "100-continue"
    }

    /// Writes `HTTP/1.1 100 Continue` on `channel` when `request` expects it. The final answer
    /// follows on the same channel (Hummingbird writes it after the handler returns). A failed
    /// write means the connection is gone; it is logged, and reading the body then fails as it
    /// would have anyway.
    static func answer(_ request: Request, on channel: any Channel, logger: Logger) async {
        guard isExpected(by: request) else { return }
        do {
            try await channel.writeAndFlush(HTTPResponsePart.head(HTTPResponse(status: .continue)))
        } catch {
            logger.debug("could not write 100 Continue", metadata: ["error": "\(error)"])
        }
    }
}
