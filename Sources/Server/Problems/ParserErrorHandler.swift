import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that the HTTP parser refuses before any route sees it (a header over the
/// parser's 80 KiB limit, a NUL or other control byte in a header, a malformed request line)
/// with a problem document, then closes the connection.
///
/// Without it Hummingbird answers such a request with a bare `400` and no body, so a user who
/// sent an oversized `Concord-Metadata` header could not tell why. Installed in every HTTP/1
/// connection's pipeline (`makeApplication`), between the HTTP codec and Hummingbird's handler.
/// A parser error in the middle of a request (a body cut short, a broken chunk) is passed on
/// unchanged: the route reading the body sees it fail and refuses the request itself.
final class ParserErrorHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// Whether a request's head was read and its response has not ended yet.
    private var isResponding = false
    /// Whether this handler has answered (once per connection: it closes it).
    private var hasAnswered = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { isResponding = true }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { isResponding = false }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError, !isResponding, !hasAnswered else {
            context.fireErrorCaught(error)
            return
        }
        hasAnswered = true
        let problem = Self.problem(for: parserError)
        let body = problem.document(instance: nil)
        var fields = problem.headers
        fields[.contentType] = "application/problem+json"
        fields[.contentLength] = String(body.count)
        fields[.connection] = "close"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: problem.status, headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(bytes: body))), promise: nil)
        // The context may only be used on its event loop, where the write completes.
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            bound.value.close(promise: nil)
        }
    }

    /// The problem for a request the parser refused.
    static func problem(for error: HTTPParserError) -> Problem {
        switch error {
        case .headerOverflow:
            Problem(
                .headerTooLarge,
                detail: "the request's headers pass the server's limit of 80 KiB; the product metadata "
                    + "(Concord-Metadata) may have at most \(ProductHeaders.maximumMetadataBytes) bytes",
                field: "headers")
        case .invalidHeaderToken, .invalidCharactersUsed, .lfExpected:
            Problem(
                .malformedRequest,
                detail: "a header is not valid HTTP/1.1: NUL and other control bytes are not allowed in headers "
                    + "(escape them in Concord-Metadata's JSON as \\u0000)",
                field: "headers")
        default:
            Problem(.malformedRequest, detail: "the request is not valid HTTP/1.1 (\(error))")
        }
    }
}

extension ProblemKind {
    /// The request's headers are too large for the HTTP parser (431).
    static let headerTooLarge = ProblemKind("header-too-large", 431, "Request header fields too large")
    /// The request is not valid HTTP/1.1 (400).
    static let malformedRequest = ProblemKind("malformed-request", 400, "Malformed request")
}
