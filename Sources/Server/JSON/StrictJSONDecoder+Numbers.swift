import Foundation

extension StrictJSONDecoder {
    /// The most candidate numbers tried, and the largest body for which they are tried: the
    /// search decodes the body once per candidate, so it is bounded.
    static let numberProbeLimit = 16
    static let numberProbeMaximumBytes = 64 << 10

    /// The problem for a well-formed body that `JSONDecoder` refused without saying where: it does
    /// so for a number that does not fit its Swift type (`1.5` or `1e30` for an `Int`), reporting
    /// "not valid JSON" at the root. Each number that is not a plain integer is replaced by `0` in
    /// turn; the first whose replacement changes the outcome is the one at fault, and its path is
    /// reported. `nil` when the body is not well-formed or no number is to blame.
    func locateUnfitNumber<T: Decodable>(_ type: T.Type, in bytes: [UInt8]) -> Problem? {
        guard bytes.count <= Self.numberProbeMaximumBytes,
            (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil,
            let numbers = try? JSONShape.parseRecordingNumbers(bytes).numbers
        else { return nil }
        for number in numbers.prefix(Self.numberProbeLimit) {
            var patched = bytes
            patched.replaceSubrange(number.range, with: [UInt8(ascii: "0")])
            do {
                _ = try JSONDecoder().decode(T.self, from: Data(patched))
            } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
                continue  // still refused at the root: another number (or something else) is at fault
            } catch {
                // Refused elsewhere now: this number was at fault, and the body has other errors too.
            }
            let text = String(decoding: bytes[number.range].prefix(40), as: UTF8.self)
            return Problem(
                .malformedBody, detail: "expected an integer, found \(text)",
                field: number.path.isEmpty ? nil : number.path)
        }
        return nil
    }
}
