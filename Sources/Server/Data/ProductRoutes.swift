import Consortium
import Hummingbird
import Orbits
import Storage

/// `/api/v1/products` and `/api/v1/audit`: the data exchange (docs/data.md).
///
/// - `POST /products`: operators and administrators upload a product of their partner; the body
///   is the content, streamed to disk; the metadata is the `Concord-Metadata` header.
/// - `GET /products`, `GET /products/{id}`, `GET /products/{id}/content`: what the product's
///   policy lets the caller see now; anything else is a 404 exactly like an unknown id.
/// - `PUT /products/{id}/policy`: the producer's data stewards (partner administrators).
/// - `GET /audit`: stewards read their products' entries, consortium administrators all.
///
/// Every upload, download, policy change and refused request is written to the audit log.
enum ProductRoutes {
    static let collectionPath = "/api/v1/products"
    static let itemPath = "/api/v1/products/{id}"
    static let contentPath = "/api/v1/products/{id}/content"
    static let policyPath = "/api/v1/products/{id}/policy"
    static let auditPath = "/api/v1/audit"
    static let filters = ["mission", "partner", "type", "from", "to", "keywords", "embargoEndsBefore"]

    /// The headers of an upload.
    static let uploadHeaders: [RouteDescription.Parameter] = [
        .init(
            name: "Concord-Metadata", location: .header,
            description: "The product's metadata, JSON (ASCII, at most 8192 bytes).",
            schema: .reference("ProductMetadata"), required: true, isJSON: true),
        .init(
            name: "Concord-Content-SHA256", location: .header,
            description: "The content's expected SHA-256; a body hashing otherwise is a 422 and nothing is stored.",
            schema: .string(pattern: "^[0-9a-fA-F]{64}$")),
        .init(
            name: "Expect", location: .header,
            description: "`100-continue`: the server answers `100 Continue` once the headers are accepted, or the "
                + "final refusal without reading the content.",
            schema: .string(values: ["100-continue"])),
    ]

    /// The headers of a download.
    static let downloadHeaders: [RouteDescription.Parameter] = [
        .init(
            name: "Range", location: .header,
            description: "One range, `bytes=a-b`, `bytes=a-` or `bytes=-n`; anything else is ignored (200).",
            schema: .string(pattern: "^bytes=")),
        .init(
            name: "If-None-Match", location: .header, description: "The ETag of a copy you hold: 304 when it matches."),
    ]

    /// The routes.
    static var routes: [APIRoute] {
        [
            route(
                .post, collectionPath, "uploadProduct",
                "Upload a data product: the body is the content; Concord-Metadata carries its metadata.",
                parameters: uploadHeaders, rawRequestBody: "application/octet-stream",
                replies: [
                    .init(
                        status: 201, description: "Stored.", schema: .reference("DataProduct"),
                        headers: ["Location", "ETag"])
                ],
                problems: [
                    .malformedBody, .unknownField, .invalidQuery, .unauthenticated, .forbidden, .payloadTooLarge,
                    .validation, .missingReference, .insufficientStorage, .headerTooLarge,
                ],
                handler: upload),
            route(
                .get, collectionPath, "listProducts", "List the data products you may see now.",
                parameters: filters.map { .init(name: $0, location: .query, description: "Filter (docs/data.md).") }
                    + ScheduleRoutes.pagingParameters,
                replies: [.init(status: 200, description: "One page.", schema: .reference("DataProductPage"))],
                problems: [.invalidQuery, .unauthenticated], handler: list),
            route(
                .get, itemPath, "getProduct", "A data product's metadata and policy.",
                replies: [
                    .init(
                        status: 200, description: "The product.", schema: .reference("DataProduct"), headers: ["ETag"])
                ],
                problems: [.unauthenticated, .notFound], handler: metadata),
            route(
                .get, contentPath, "downloadProduct",
                "A data product's content, streamed; ETag is its SHA-256; Range and If-None-Match honoured.",
                parameters: downloadHeaders,
                replies: [
                    .init(
                        status: 200, description: "The content.", schema: nil,
                        contentType: "application/octet-stream", headers: ["ETag", "Accept-Ranges"]),
                    .init(
                        status: 206, description: "The range asked for.", schema: nil,
                        contentType: "application/octet-stream", headers: ["ETag", "Content-Range"]),
                    .init(status: 304, description: "Not modified (If-None-Match).", schema: nil),
                ],
                problems: [.unauthenticated, .notFound, .rangeNotSatisfiable], handler: download),
            route(
                .put, policyPath, "changeProductPolicy",
                "Shorten a product's embargo or grant early access, within the agreement's data clause (stewards).",
                requestBody: .reference("ProductPolicyChange"),
                replies: [
                    .init(
                        status: 200, description: "The product with its new policy.",
                        schema: .reference("DataProduct"))
                ],
                problems: [
                    .malformedBody, .unknownField, .unauthenticated, .forbidden, .notFound, .payloadTooLarge,
                    .unsupportedMediaType, .validation,
                ],
                handler: changePolicy),
            route(
                .get, auditPath, "listAudit",
                "The data exchange's audit log, newest first (stewards: their products; consortium administrators: all).",
                parameters: [
                    .init(
                        name: "before", location: .query, description: "Entries before this sequence number.",
                        schema: .integer(minimum: 1)),
                    .init(
                        name: "limit", location: .query, description: "Page size, 1-500.",
                        schema: .integer(minimum: 1, maximum: 500)),
                ],
                replies: [.init(status: 200, description: "One page.", schema: .reference("AuditPage"))],
                problems: [.invalidQuery, .unauthenticated, .forbidden], handler: audit),
        ]
    }

    /// One authenticated route of the `data` group.
    private static func route(
        _ method: HTTPRequest.Method, _ path: String, _ operationID: String, _ summary: String,
        parameters: [RouteDescription.Parameter] = [], requestBody: JSONSchema? = nil, rawRequestBody: String? = nil,
        replies: [RouteDescription.Reply], problems: [ProblemKind],
        handler: @escaping @Sendable (inout RouteRequest) async throws -> Response
    ) -> APIRoute {
        APIRoute(
            description: RouteDescription(
                method: method, path: path, operationID: operationID, summary: summary, tag: "data",
                access: .authenticated, query: parameters, requestBody: requestBody, rawRequestBody: rawRequestBody,
                replies: replies, problems: problems),
            handler: handler)
    }

    /// A fresh product id: `prd-`, the upload's milliseconds since 1970 in 12 hex digits (so ids
    /// sort by upload time), and 8 random hex digits.
    static func newID(at instant: Instant) -> DataProduct.ID {
        let milliseconds = UInt64(max(0, (instant.julianDate - 2_440_587.5) * 86_400_000).rounded())
        var text = String(milliseconds, radix: 16)
        text = String(repeating: "0", count: max(0, 12 - text.count)) + text
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return DataProduct.ID(rawValue: "prd-\(text)-" + String(repeating: "0", count: 8 - random.count) + random)!
    }
}
