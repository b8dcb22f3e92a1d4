import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One TCP connection to a live test server, written to byte by byte: for what an HTTP client
/// library will not send (a body shorter than its `Content-Length`, a chunked body cut short, a
/// NUL in a header, a path it would normalise) and to watch for `100 Continue`.
///
/// The socket is blocking with a receive timeout; every call runs on a GCD thread, never on the
/// cooperative pool that the in-process server's handlers need.
final class RawConnection: @unchecked Sendable {
    /// A response as read off the wire.
    struct Response: Sendable, CustomStringConvertible {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        /// The first value of header `name` (case-insensitive).
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// The body as a JSON object (empty when it is not one).
        var object: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        }

        var description: String { "\(status) \(String(decoding: body.prefix(400), as: UTF8.self))" }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects to `localhost:port` (IPv4 or IPv6, whichever the server bound). The receive
    /// timeout is generous because no test waits for it to pass: under the full suite on two
    /// cores the server's handlers share the cooperative pool with CPU-bound solver tests, and
    /// the 100-continue test, whose reads had a 20 s timeout, failed once in CI and took 355 s
    /// to pass in the next run.
    init(port: Int, timeoutSeconds: Int = 300) throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo("localhost", String(port), &hints, &list) == 0, let first = list else {
            throw Failure(description: "cannot resolve localhost")
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            let fd = socket(current.pointee.ai_family, current.pointee.ai_socktype, current.pointee.ai_protocol)
            if fd >= 0, connect(fd, current.pointee.ai_addr, current.pointee.ai_addrlen) == 0 {
                var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                descriptor = fd
                return
            }
            if fd >= 0 { close(fd) }
            entry = current.pointee.ai_next
        }
        throw Failure(description: "cannot connect to localhost:\(port)")
    }

    deinit {
        close(descriptor)
    }

    /// Runs `work` on a GCD thread.
    private func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Sends `bytes` whole.
    func send(_ bytes: [UInt8]) async throws {
        try await blocking {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { posixSend(self.descriptor, $0.baseAddress, $0.count) }
                guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
                offset += sent
            }
        }
    }

    /// Sends `text` as UTF-8 (`\r\n` line ends are the caller's).
    func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    /// Closes the connection at once (a client that gives up mid-request).
    func abort() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Reads the next response (an interim `1xx` counts as one): status line, headers and a body
    /// framed by `Content-Length`. `nil` when the server closed the connection before a response.
    func readResponse() async throws -> Response? {
        try await blocking { try self.readResponseNow() }
    }

    private func readResponseNow() throws -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var end: Int?
        while true {
            if buffer.count >= 4 {
                end = (0...(buffer.count - 4)).first { Array(buffer[$0..<($0 + 4)]) == separator }
                if end != nil { break }
            }
            guard try fill() else { return nil }
        }
        let head = String(decoding: buffer[..<end!], as: UTF8.self)
        buffer.removeFirst(end! + 4)
        let lines = head.components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "not a status line: \(lines[0])")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = Response(status: status, headers: headers, body: [])
        let length = response.header("Content-Length").flatMap { Int($0) } ?? 0
        while buffer.count < length {
            guard try fill() else { throw Failure(description: "the body ended after \(buffer.count) bytes") }
        }
        response.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return response
    }

    /// Whether the server closed the connection (reads until end of stream or the timeout).
    func isClosedByServer() async throws -> Bool {
        try await blocking {
            while try self.fill() {}
            return true
        }
    }

    /// Reads more bytes into `buffer`; false at the end of the stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            if errno == ECONNRESET { return false }
            throw Failure(description: "no answer within the timeout (errno \(errno))")
        }
        if count == 0 { return false }
        buffer += chunk[..<count]
        return true
    }
}

/// `send(2)` without `SIGPIPE` (the server may close first), under a name the class's own `send`
/// does not shadow.
private func posixSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
}
