import Foundation

/// Decodes request bodies and refuses keys the type does not have.
///
/// `Decodable` ignores unknown keys, which would let a misspelt field (`"ownr"`) or a field the
/// client must not set pass silently (mass assignment). The check is generic: decode `T`,
/// re-encode it, and walk the input and the re-encoding together; a key of the input that the
/// re-encoding lacks is unknown, unless its value is `null` (an absent optional) or its path is
/// read-only (`version`, `createdAt`, `updatedAt`, `orbit.epoch`: echoed back by clients that
/// PUT what they GET, and ignored). A key given twice in one object is refused too (`JSONShape`).
struct StrictJSONDecoder: Sendable {
    /// Paths, without array indices, of keys accepted and ignored.
    var readOnlyPaths: Set<String>

    /// The paths every record accepts and ignores: its stored metadata and the derived epoch.
    static let recordReadOnlyPaths: Set<String> = ["version", "createdAt", "updatedAt", "orbit.epoch"]

    /// Creates a decoder that accepts and ignores `readOnlyPaths`.
    init(readOnlyPaths: Set<String> = []) {
        self.readOnlyPaths = readOnlyPaths
    }

    /// Decodes a `T` from the JSON object in `bytes`; throws a 400 `Problem` naming the path of
    /// the first type error or unknown key.
    func decode<T: Codable>(_ type: T.Type, from bytes: [UInt8]) throws(Problem) -> T {
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let problem = locateUnfitNumber(T.self, in: bytes)
            {
                throw problem
            }
            throw Problem(error)
        } catch {
            throw Problem(.malformedBody, detail: "the body does not decode: \(Problem.firstLine(of: "\(error)"))")
        }
        let encoded: [UInt8]
        do {
            encoded = Array(try JSONEncoder().encode(value))
        } catch {
            throw Problem(.malformedBody, detail: "the body does not encode back: \(Problem.firstLine(of: "\(error)"))")
        }
        let input: JSONShape
        let echo: JSONShape
        do {
            input = try JSONShape.parse(bytes)
            echo = try JSONShape.parse(encoded)
        } catch {
            throw Problem(.malformedBody, detail: error.detail, field: error.path.isEmpty ? nil : error.path)
        }
        guard case .object = input else {
            throw Problem(.malformedBody, detail: "the body must be a JSON object")
        }
        if let unknown = firstUnknownKey(input: input, echo: echo, path: "") {
            throw Problem(
                .unknownField, detail: "'\(JSONPath.lastKey(of: unknown))' is not a field of this record",
                field: unknown)
        }
        return value
    }

    /// The path of the first key of `input` that `echo` lacks, in document order, or `nil`.
    func firstUnknownKey(input: JSONShape, echo: JSONShape, path: String) -> String? {
        switch input {
        case .object(let members):
            for (key, value) in members {
                let child = JSONPath.appending(key, to: path)
                if value == .null { continue }
                guard let echoed = echo[key] else {
                    if readOnlyPaths.contains(JSONPath.withoutIndices(child)) { continue }
                    return child
                }
                if let found = firstUnknownKey(input: value, echo: echoed, path: child) { return found }
            }
            return nil
        case .array(let elements):
            let echoed: [JSONShape]
            if case .array(let values) = echo { echoed = values } else { echoed = [] }
            for (index, element) in elements.enumerated() {
                let echoElement = index < echoed.count ? echoed[index] : .null
                if let found = firstUnknownKey(
                    input: element, echo: echoElement, path: JSONPath.appending(index: index, to: path))
                {
                    return found
                }
            }
            return nil
        case .null, .scalar:
            return nil
        }
    }
}
