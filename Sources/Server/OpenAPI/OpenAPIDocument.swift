import Foundation

/// The OpenAPI 3.1 document of the API, written from the route table that also registers the
/// router: every route appears once, with its parameters, body schema, answers, security
/// (bearer, or none for open routes) and the problem documents it can answer with.
struct OpenAPIDocument {
    /// The routes to document.
    var routes: [RouteDescription]

    /// The document as a JSON value.
    var json: JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation(route)
        }
        let tags = Array(Set(routes.map(\.tag))).sorted().map { JSONValue.object(["name": .string($0)]) }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Concord consortium API",
                "version": "1.0.0",
                "description": .string(
                    "The registry of a space consortium: partners, agreements, missions, spacecraft, stations and "
                        + "users. Authenticate with `Authorization: Bearer <token>`. Errors are RFC 9457 problem "
                        + "documents (`application/problem+json`) naming the field at fault."),
            ],
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "tags": .array(tags),
            "paths": .object(paths.mapValues { JSONValue.object($0) }),
            "components": [
                "schemas": .object(Schemas.components.mapValues(\.json)),
                "securitySchemes": [
                    "bearer": [
                        "type": "http", "scheme": "bearer",
                        "description":
                            "An API token (`concord_…`), made with `POST /api/v1/tokens` or `concord admin create-token`.",
                    ]
                ],
            ],
        ]
    }

    /// The document as pretty-printed JSON with sorted keys (stable across runs).
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(json))
    }

    /// The operation object of `route`.
    func operation(_ route: RouteDescription) -> JSONValue {
        var members: [String: JSONValue] = [
            "operationId": .string(route.operationID),
            "summary": .string(route.summary),
            "tags": [.string(route.tag)],
            "security": route.access == .open ? [] : [["bearer": []]],
            "responses": .object(responses(route)),
        ]
        let pathParameters = route.pathParameters.map { name in
            RouteDescription.Parameter(
                name: name, location: .path, description: "The record's id.", schema: Schemas.identifier, required: true
            )
        }
        let parameters = pathParameters + route.query
        if !parameters.isEmpty {
            members["parameters"] = .array(
                parameters.map { parameter in
                    var item: [String: JSONValue] = [
                        "name": .string(parameter.name), "in": .string(parameter.location.rawValue),
                        "description": .string(parameter.description), "required": .bool(parameter.required),
                    ]
                    if parameter.isJSON {
                        item["content"] = ["application/json": ["schema": parameter.schema.json]]
                    } else {
                        item["schema"] = parameter.schema.json
                    }
                    return .object(item)
                })
        }
        if let body = route.requestBody {
            members["requestBody"] = ["required": true, "content": ["application/json": ["schema": body.json]]]
        } else if let mediaType = route.rawRequestBody {
            members["requestBody"] = [
                "required": true, "description": "The content, streamed.",
                "content": .object([mediaType: .object([:])]),
            ]
        }
        if route.access == .consortiumAdmin {
            members["description"] = "Needs a consortium administrator's token."
        }
        return .object(members)
    }

    /// The responses of `route`: its replies, its problems grouped by status, and 500.
    func responses(_ route: RouteDescription) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for reply in route.replies {
            var response: [String: JSONValue] = ["description": .string(reply.description)]
            if let schema = reply.schema {
                response["content"] = [reply.contentType: ["schema": schema.json]]
            }
            if !reply.headers.isEmpty {
                response["headers"] = .object(
                    Dictionary(
                        uniqueKeysWithValues: reply.headers.map { name in
                            (name, JSONValue.object(["schema": ["type": "string"]]))
                        }))
            }
            result[String(reply.status)] = .object(response)
        }
        let byStatus = Dictionary(grouping: route.problems + [.internalError], by: \.status)
        for (status, kinds) in byStatus {
            let titles = kinds.map { "\($0.title) (`\($0.type)`)" }.joined(separator: "; ")
            result[String(status)] = [
                "description": .string(titles),
                "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]],
            ]
        }
        return result
    }
}
