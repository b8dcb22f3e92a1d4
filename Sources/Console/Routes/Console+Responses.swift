import HTTPTypes
import Hummingbird

extension Console {
    /// The security headers of every console page: no framing, no sniffing, scripts and styles
    /// from this server only (inline SVG presentation attributes need no `unsafe-inline` for
    /// scripts), no referrer to other sites, never cached.
    static func pageHeaders() -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Content-Security-Policy")!] =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return headers
    }

    /// An HTML response, with the server-side render time when given (a `Server-Timing` value,
    /// `render;dur=<ms>` and the spans of the render).
    static func html(
        _ html: String, status: HTTPResponse.Status = .ok, serverTiming: String? = nil, cookies: [Cookie] = []
    ) -> Response {
        var headers = pageHeaders()
        if let serverTiming { headers[HTTPField.Name("Server-Timing")!] = serverTiming }
        var response = Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// `303 See Other` to `path` (a POST's answer, or a page asking to sign in).
    static func redirect(to path: String, cookies: [Cookie] = []) -> Response {
        var headers = HTTPFields()
        headers[.location] = path
        headers[.cacheControl] = "no-store"
        var response = Response(status: .seeOther, headers: headers)
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }

    /// The session cookie carrying `secret` (or clearing it when `nil`).
    static func sessionCookie(_ secret: String?) -> Cookie {
        Cookie(
            name: ConsoleSessions.sessionCookie, value: secret ?? "",
            maxAge: secret == nil ? 0 : ConsoleSessions.sessionLifetimeSeconds, path: "/", httpOnly: true,
            sameSite: .strict)
    }

    /// The language cookie (a year).
    static func languageCookie(_ language: ConsoleLanguage) -> Cookie {
        Cookie(
            name: ConsoleSessions.languageCookie, value: language.rawValue, maxAge: 365 * 86_400, path: "/",
            httpOnly: true, sameSite: .strict)
    }

    /// Whether `path` is a console page to return to after a form (no open redirects).
    static func isConsolePath(_ path: String) -> Bool {
        path.hasPrefix("\(prefix)/") && !path.contains("//") && !path.contains("\\") && path.utf8.count <= 200
            && path.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 }
    }
}
