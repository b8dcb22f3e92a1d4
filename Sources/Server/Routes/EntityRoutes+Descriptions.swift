import Consortium
import Storage

/// The descriptions of the record routes, for the router and the OpenAPI document.
extension EntityRoutes {
    static var idParameterProblems: [ProblemKind] { [.unauthenticated, .notFound] }

    static var listDescription: RouteDescription {
        let filters = ListFilter.fields(of: E.kind).map { field in
            RouteDescription.Parameter(
                name: field, location: .query, description: "Only records whose `\(field)` equals this value.")
        }
        return RouteDescription(
            method: .get, path: collectionPath, operationID: "list\(plural)",
            summary: "List the \(E.kind.plural) you may see, ordered by id, a page at a time.", tag: E.kind.plural,
            access: .authenticated,
            query: [
                .init(
                    name: "limit", location: .query,
                    description: "Page size, 1...\(PageRequest.maximumLimit) (default \(PageRequest.defaultLimit)).",
                    schema: .integer(minimum: 1, maximum: PageRequest.maximumLimit)),
                .init(name: "after", location: .query, description: "The `nextCursor` of the previous page."),
            ] + filters,
            replies: [.init(status: 200, description: "A page.", schema: .reference(singular + "Page"))],
            problems: [.invalidQuery, .unauthenticated])
    }

    static var getDescription: RouteDescription {
        RouteDescription(
            method: .get, path: itemPath, operationID: "get\(singular)",
            summary: "Get one \(E.kind.rawValue) (404 also when you may not see it).", tag: E.kind.plural,
            access: .authenticated,
            replies: [
                .init(
                    status: 200, description: "The record.", schema: .reference(singular + "Item"), headers: ["ETag"])
            ], problems: idParameterProblems)
    }

    static var createDescription: RouteDescription {
        RouteDescription(
            method: .post, path: collectionPath, operationID: "create\(singular)",
            summary: "Create a \(E.kind.rawValue); the body is checked strictly and against the domain rules.",
            tag: E.kind.plural, access: .authenticated, requestBody: .reference(singular),
            replies: [
                .init(
                    status: 201, description: "Created.", schema: .reference(singular + "Item"),
                    headers: ["Location", "ETag"])
            ],
            problems: [
                .malformedBody, .unknownField, .unauthenticated, .forbidden, .conflict, .payloadTooLarge,
                .unsupportedMediaType, .validation, .missingReference,
            ])
    }

    static var updateDescription: RouteDescription {
        RouteDescription(
            method: .put, path: itemPath, operationID: "update\(singular)",
            summary: "Replace a \(E.kind.rawValue); send `If-Match: \"<version>\"` to update only that version.",
            tag: E.kind.plural, access: .authenticated, requestBody: .reference(singular),
            replies: [
                .init(status: 200, description: "Updated.", schema: .reference(singular + "Item"), headers: ["ETag"])
            ],
            problems: [
                .malformedBody, .unknownField, .invalidQuery, .unauthenticated, .forbidden, .notFound, .conflict,
                .versionMismatch, .payloadTooLarge, .unsupportedMediaType, .validation, .missingReference,
            ])
    }

    static var deleteDescription: RouteDescription {
        RouteDescription(
            method: .delete, path: itemPath, operationID: "delete\(singular)",
            summary: "Delete a \(E.kind.rawValue) that nothing refers to.", tag: E.kind.plural, access: .authenticated,
            replies: [.init(status: 204, description: "Deleted.", schema: nil)],
            problems: [.invalidQuery, .unauthenticated, .forbidden, .notFound, .inUse, .versionMismatch])
    }
}
