import ArgumentParser

/// A duration on the command line, in seconds: `60`, `60s`, `90.5s`, `5m`, `1h`, `1d`.
///
/// A bare number is seconds; the suffixes `s`, `m` (minutes), `h` (hours) and `d` (days)
/// scale it. Must be positive and finite.
struct TimeStep: ExpressibleByArgument, Sendable, Hashable, CustomStringConvertible {
    /// The duration, seconds.
    var seconds: Double

    /// Creates a step of `seconds`.
    init(seconds: Double) { self.seconds = seconds }

    /// Parses `60`, `60s`, `5m`, `1h`, `1d`; `nil` (a usage error) when malformed or not positive.
    init?(argument: String) {
        var text = Substring(argument.trimming(" \t"))
        var scale = 1.0
        switch text.last {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3_600
        case "d": scale = 86_400
        default: break
        }
        if let last = text.last, last.isLetter { text = text.dropLast() }
        guard let value = Double(text), value.isFinite, value > 0 else { return nil }
        seconds = value * scale
    }

    /// `60s`.
    var description: String {
        seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }

    /// The default value as shown in `--help`.
    var defaultValueDescription: String { description }
}

extension String {
    /// This string without leading and trailing characters in `set` (no Foundation).
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
