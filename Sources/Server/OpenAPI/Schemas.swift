import Consortium
import Storage

/// The JSON schemas of the records and bodies, named as in `#/components/schemas`.
///
/// Enumerations are read from the Swift types (`CaseIterable`), so a new case shows up here by
/// itself; the member lists are checked against the encoded records by the tests.
enum Schemas {
    /// An id: a lowercase slug of 1-64 characters.
    static let identifier = JSONSchema.string(pattern: "^[a-z0-9][a-z0-9-]{0,63}$")
    /// A calendar day `YYYY-MM-DD`.
    static let day = JSONSchema.string(format: "date")
    /// An instant, ISO 8601 UTC.
    static let instant = JSONSchema.string(format: "date-time")
    /// A required name (1-200 characters).
    static let name = JSONSchema.string(maxLength: 200)

    /// The values of a string enumeration.
    static func values<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> JSONSchema where T.RawValue == String {
        .string(values: type.allCases.map(\.rawValue))
    }

    /// The request schema of each record kind.
    static func record(_ kind: EntityKind) -> JSONSchema {
        switch kind {
        case .partner: partner
        case .agreement: agreement
        case .mission: mission
        case .spacecraft: spacecraft
        case .station: station
        case .user: user
        }
    }

    /// The component name of a kind's record (`Partner`) and of its stored item (`PartnerItem`).
    static func componentName(_ kind: EntityKind) -> String {
        switch kind {
        case .partner: "Partner"
        case .agreement: "Agreement"
        case .mission: "Mission"
        case .spacecraft: "Spacecraft"
        case .station: "Station"
        case .user: "User"
        }
    }

    /// A stored record as the API returns it: the record plus its version and timestamps.
    /// Members the principal may not see (a partner's `contacts`) may be absent.
    static func item(_ kind: EntityKind) -> JSONSchema {
        guard case .object(var properties, var required) = record(kind) else { return record(kind) }
        properties += [
            .init(
                name: "version",
                schema: .described(.integer(minimum: 1), "Raised by each update; the ETag.", readOnly: true)),
            .init(name: "createdAt", schema: .described(instant, "When the record was created.", readOnly: true)),
            .init(name: "updatedAt", schema: .described(instant, "When the record last changed.", readOnly: true)),
        ]
        required.removeAll { $0 == "contacts" }
        return .object(properties, required: required + ["version", "createdAt", "updatedAt"])
    }

    /// A page of items of `kind`.
    static func page(_ kind: EntityKind) -> JSONSchema {
        .record([
            "items": .array(.reference(componentName(kind) + "Item")),
            "nextCursor": .described(.nullable(.string()), "Pass as `after` for the next page; null on the last page."),
        ])
    }

    /// The problem document of RFC 9457 with the field at fault.
    static let problem = JSONSchema.record(
        [
            "type": .string(format: "uri"),
            "title": .string(),
            "status": .integer(minimum: 400, maximum: 599),
            "detail": .string(),
            "instance": .string(),
            "field": .described(.string(), "The JSON path or query parameter at fault."),
        ], optional: ["instance", "field"])

    /// Every named schema of the document.
    static var components: [String: JSONSchema] {
        var all: [String: JSONSchema] = [
            "Problem": problem, "TokenRequest": tokenRequest, "CreatedToken": createdToken, "Token": token,
            "TokenList": tokenList, "Me": me, "Health": health, "WithdrawalRequest": WithdrawalRoutes.requestSchema,
        ]
        all.merge(schedulingComponents) { _, new in new }
        all.merge(conjunctionComponents) { _, new in new }
        all.merge(dataComponents) { _, new in new }
        for kind in EntityKind.allCases {
            all[componentName(kind)] = record(kind)
            all[componentName(kind) + "Item"] = item(kind)
            all[componentName(kind) + "Page"] = page(kind)
        }
        return all
    }
}
