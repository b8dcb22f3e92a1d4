/// A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), as far as the API's documents need.
///
/// Written as values in code next to the routes that use them; `Schemas` holds the records'.
/// Objects are closed (`additionalProperties: false`) because the decoder is strict: what the
/// schema does not list, the server refuses.
indirect enum JSONSchema: Sendable, Hashable {
    /// A string, optionally with a format (`date`, `date-time`, `email`), a pattern, allowed
    /// values and a length bound.
    case string(format: String? = nil, pattern: String? = nil, values: [String]? = nil, maxLength: Int? = nil)
    /// An integer in an optional range.
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    /// A number in an optional range.
    case number(minimum: Double? = nil, maximum: Double? = nil)
    /// `true` or `false`.
    case boolean
    /// An array of `items`.
    case array(JSONSchema, maxItems: Int? = nil)
    /// A closed object; `required` lists the members that must be present.
    case object([Property], required: [String])
    /// Any JSON object (a document this API does not describe member by member).
    case anyObject
    /// A reference to `#/components/schemas/<name>`.
    case reference(String)
    /// The schema or `null`.
    case nullable(JSONSchema)
    /// The schema with a description (and `readOnly` when the server ignores it on input).
    case described(JSONSchema, String, readOnly: Bool = false)

    /// A member of an object schema.
    struct Property: Sendable, Hashable {
        var name: String
        var schema: JSONSchema
    }

    /// An object whose members are all required except those in `optional`.
    static func record(_ properties: KeyValuePairs<String, JSONSchema>, optional: Set<String> = []) -> JSONSchema {
        let list = properties.map { Property(name: $0.key, schema: $0.value) }
        return .object(list, required: list.map(\.name).filter { !optional.contains($0) })
    }

    /// The member names of an object schema (empty for other schemas).
    var propertyNames: [String] {
        switch self {
        case .object(let properties, _): properties.map(\.name)
        case .described(let schema, _, _): schema.propertyNames
        default: []
        }
    }

    /// The schema as a JSON value.
    var json: JSONValue {
        switch self {
        case .string(let format, let pattern, let values, let maxLength):
            var members: [String: JSONValue] = ["type": "string"]
            if let format { members["format"] = .string(format) }
            if let pattern { members["pattern"] = .string(pattern) }
            if let values { members["enum"] = .array(values.map(JSONValue.string)) }
            if let maxLength { members["maxLength"] = .number(Double(maxLength)) }
            return .object(members)
        case .integer(let minimum, let maximum):
            var members: [String: JSONValue] = ["type": "integer"]
            if let minimum { members["minimum"] = .number(Double(minimum)) }
            if let maximum { members["maximum"] = .number(Double(maximum)) }
            return .object(members)
        case .number(let minimum, let maximum):
            var members: [String: JSONValue] = ["type": "number"]
            if let minimum { members["minimum"] = .number(minimum) }
            if let maximum { members["maximum"] = .number(maximum) }
            return .object(members)
        case .boolean:
            return .object(["type": "boolean"])
        case .array(let items, let maxItems):
            var members: [String: JSONValue] = ["type": "array", "items": items.json]
            if let maxItems { members["maxItems"] = .number(Double(maxItems)) }
            return .object(members)
        case .object(let properties, let required):
            var members: [String: JSONValue] = [
                "type": "object", "additionalProperties": .bool(false),
                "properties": .object(Dictionary(uniqueKeysWithValues: properties.map { ($0.name, $0.schema.json) })),
            ]
            if !required.isEmpty { members["required"] = .array(required.map(JSONValue.string)) }
            return .object(members)
        case .anyObject:
            return .object(["type": "object"])
        case .reference(let name):
            return .object(["$ref": .string("#/components/schemas/\(name)")])
        case .nullable(let schema):
            return .object(["anyOf": .array([schema.json, .object(["type": "null"])])])
        case .described(let schema, let description, let readOnly):
            guard case .object(var members) = schema.json else { return schema.json }
            members["description"] = .string(description)
            if readOnly { members["readOnly"] = .bool(true) }
            return .object(members)
        }
    }
}
