import BenchmarkSupport
import Foundation

/// Reads TLE catalogs (2LE or 3LE, `.gz` or plain, CRLF tolerated) into raw line triples.
/// No checksum or field validation: that is the Orbits parser's job; this only selects.
enum CatalogFile {
    /// Every line-1/line-2 pair in `url`, with the preceding name line if any.
    static func satellites(_ url: URL) throws -> [Workload.Satellite] {
        let text = try SharedDataFolder.text(url)
        var result: [Workload.Satellite] = []
        var name = ""
        var line1: String? = nil
        for raw in text.split(whereSeparator: \.isNewline) {
            var line = String(raw)
            while line.last == " " { line.removeLast() }
            if line.hasPrefix("1 ") && line.count >= 64 {
                line1 = line
            } else if line.hasPrefix("2 "), let first = line1, line.count >= 63 {
                let chars = Array(line)
                let field = String(chars[52..<min(63, chars.count)]).trimmingCharacters(in: .whitespaces)
                guard let meanMotion = Double(field) else {
                    throw BenchmarkFailure(description: "\(url.path): bad mean motion '\(field)' in \(line)")
                }
                result.append(.init(name: name, line1: first, line2: line, meanMotion: meanMotion))
                line1 = nil
                name = ""
            } else {
                name = line.hasPrefix("0 ") ? String(line.dropFirst(2)) : line
                line1 = nil
            }
        }
        return result
    }
}
