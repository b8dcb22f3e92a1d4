import Foundation

/// Decodes request bodies and refuses keys the type does not have.
///
/// `Decodable` ignores unknown keys, which would let a misspelt field (`"ownr"`) or a field the
/// client must not set pass silently (mass assignment). The check is generic: decode `T`,
/// re-encode it, and walk the input and the re-encoding together; a key of the input that the
/// re-encoding lacks is unknown, unless its value is `null` (an absent optional) or its path is
/// read-only (`version`, `createdAt`, `updatedAt`, `orbit.epoch`: echoed back by clients that
/// PUT what they GET, and ignored).
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
        let data = Data(bytes)
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw Problem(error)
        } catch {
            throw Problem(.malformedBody, detail: "the body does not decode: \(Problem.firstLine(of: "\(error)"))")
        }
        let input: Any
        let echo: Any
        do {
            input = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            echo = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: [.fragmentsAllowed])
        } catch {
            throw Problem(.malformedBody, detail: "the body is not valid JSON")
        }
        guard input is [String: Any] else {
            throw Problem(.malformedBody, detail: "the body must be a JSON object")
        }
        if let unknown = firstUnknownKey(input: input, echo: echo, path: "") {
            throw Problem(
                .unknownField, detail: "'\(JSONPath.lastKey(of: unknown))' is not a field of this record",
                field: unknown)
        }
        return value
    }

    /// The path of the first key of `input` that `echo` lacks, in document order of the input's
    /// keys (sorted, since JSON objects have no order), or `nil`.
    func firstUnknownKey(input: Any, echo: Any, path: String) -> String? {
        switch input {
        case let object as [String: Any]:
            let echoed = echo as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                let child = JSONPath.appending(key, to: path)
                let inputValue = object[key]!
                if inputValue is NSNull { continue }
                guard let echoValue = echoed[key] else {
                    if readOnlyPaths.contains(JSONPath.withoutIndices(child)) { continue }
                    return child
                }
                if let found = firstUnknownKey(input: inputValue, echo: echoValue, path: child) {
                    return found
                }
            }
            return nil
        case let array as [Any]:
            let echoed = echo as? [Any] ?? []
            for (index, element) in array.enumerated() {
                let echoElement: Any = index < echoed.count ? echoed[index] : NSNull()
                if let found = firstUnknownKey(
                    input: element, echo: echoElement, path: JSONPath.appending(index: index, to: path))
                {
                    return found
                }
            }
            return nil
        default:
            return nil
        }
    }
}
