import Hummingbird

extension Response {
    /// A JSON response of `body`, not to be stored by caches (the answers depend on the token).
    static func json(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response
    {
        var headers = extra
        headers[.contentType] = "application/json"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// A JSON response of one stored record: its item JSON with `ETag: "<version>"`.
    static func item(
        _ bytes: [UInt8], version: Int, status: HTTPResponse.Status = .ok, location: String? = nil
    ) -> Response {
        var headers = HTTPFields()
        headers[.eTag] = ETag.value(version)
        if let location { headers[.location] = location }
        return json(ByteBuffer(bytes: bytes), status: status, headers: headers)
    }

    /// 204 No Content.
    static var noContent: Response { Response(status: .noContent) }
}

/// Entity tags of records: the version in quotes (`"3"`), strong.
enum ETag {
    /// The ETag of `version`.
    static func value(_ version: Int) -> String { "\"\(version)\"" }

    /// The version named by an `If-Match` header, `nil` for `*` or no header; a malformed header
    /// or a list of several tags is a 400 (the store checks one version).
    static func expectedVersion(ifMatch header: String?) throws(Problem) -> Int? {
        guard let header else { return nil }
        var text = Substring(header).drop { $0 == " " }
        while text.last == " " { text = text.dropLast() }
        if text == "*" { return nil }
        if text.hasPrefix("W/") { text = text.dropFirst(2) }
        guard text.count >= 3, text.first == "\"", text.last == "\"",
            let version = Int(text.dropFirst().dropLast()), version >= 1
        else {
            throw Problem(
                .invalidQuery, detail: "If-Match must be one entity tag like \"3\" (the record's version)",
                field: "If-Match")
        }
        return version
    }
}
