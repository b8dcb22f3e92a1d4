import Foundation

/// Typed field access to one JSON object from `JSONSerialization`, throwing a
/// ``StationError`` that names the field and value (the loader adds file and record).
struct JSONRecord {
    /// The decoded object.
    let object: [String: Any]

    /// Wraps `value` if it is a JSON object.
    init(_ value: Any, what: String) throws(StationError) {
        guard let object = value as? [String: Any] else {
            throw StationError(
                .invalidValue, value: String(describing: value).prefix(40).description,
                reason: "\(what) is not a JSON object")
        }
        self.object = object
    }

    /// Whether `key` is present and not JSON `null`.
    func has(_ key: String) -> Bool {
        guard let value = object[key] else { return false }
        return !(value is NSNull)
    }

    /// A required number (JSON number, not a boolean), as `Double`.
    func number(_ key: String) throws(StationError) -> Double {
        guard has(key) else {
            throw StationError(.missingField, field: key, reason: "required number is absent")
        }
        let value = object[key]!
        if let number = value as? NSNumber, !Self.isBoolean(number) {
            return number.doubleValue
        }
        throw StationError(.invalidValue, field: key, value: "\(value)", reason: "not a number")
    }

    /// A required string (a JSON number is accepted and printed, e.g. SatNOGS integer ids).
    func string(_ key: String) throws(StationError) -> String {
        guard has(key) else {
            throw StationError(.missingField, field: key, reason: "required field is absent")
        }
        let value = object[key]!
        if let string = value as? String { return string }
        if let number = value as? NSNumber, !Self.isBoolean(number) {
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : "\(double)"
        }
        throw StationError(.invalidValue, field: key, value: "\(value)", reason: "not a string")
    }

    /// An optional string; `nil` when absent, `null` or not a string.
    func optionalString(_ key: String) -> String? {
        object[key] as? String
    }

    /// A nested object or array element list; `[]` when absent or `null`.
    func array(_ key: String) throws(StationError) -> [Any] {
        guard has(key) else { return [] }
        guard let array = object[key] as? [Any] else {
            throw StationError(.invalidValue, field: key, value: "\(object[key]!)", reason: "not a JSON array")
        }
        return array
    }

    /// JSON booleans also bridge to `NSNumber`; `JSONSerialization` gives them the
    /// `char` type code (`c`), which it never uses for numbers.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
